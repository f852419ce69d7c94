package org.trucewatch.formats.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.ReadResult;

class FirmsCsvWriterTest {
  private final FirmsCsvReader reader = new FirmsCsvReader();

  @Test
  void writesTheHeaderOfTheViirsDownloadFile() throws IOException {
    String original = new String(SharedData.firms("fire_nrt_SV-C2_400448.csv"), StandardCharsets.UTF_8);

    assertThat(original.substring(0, original.indexOf('\n'))).isEqualTo(FirmsCsvWriter.HEADER);
  }

  @Test
  void writesTheDownloadFileBackByteForByte() throws IOException {
    byte[] raw = SharedData.firms("fire_nrt_SV-C2_400448.csv");
    ReadResult read = reader.read("fire_nrt_SV-C2_400448.csv", SharedData.sha256(raw), raw);

    String written = FirmsCsvWriter.observationsToCsv(read.observations());

    assertThat(written).isEqualTo(new String(raw, StandardCharsets.UTF_8));
  }

  @Test
  void roundTripsApiFormatObservationsToTheSameIds() throws IOException {
    byte[] raw = SharedData.firms("economist_J1_VIIRS_2025223_excerpt.csv");
    List<Observation> first = reader.read("excerpt.csv", SharedData.sha256(raw), raw).observations();

    byte[] written = FirmsCsvWriter.observationsToCsv(first).getBytes(StandardCharsets.UTF_8);
    ReadResult again = reader.read("written.csv", SharedData.sha256(written), written);

    assertThat(again.rejects()).isEmpty();
    assertThat(again.observations()).extracting(Observation::id)
        .containsExactlyElementsOf(first.stream().map(Observation::id).toList());
    // centres are written to FIRMS's five decimals, which drops the source's float artefact
    assertThat(new String(written, StandardCharsets.UTF_8))
        .contains("47.09622,32.9436,304.97,0.38,0.59,2025-08-11,0045,N20,VIIRS,nominal,2.0NRT,284.58,1,N");
  }

  @Test
  void writesSimulatedRowsThatReadBackAsTheirValues() {
    FirmsRow row = new FirmsRow(50.0012345, 36.25, "367", 0.39, 0.36, Instant.parse("2025-03-20T10:32:00Z"),
        "N21", "VIIRS", "h", "2.0NRT", "337.79", "59.86", "D");
    FirmsRow quoted = new FirmsRow(-33.5, 151.0, "", 1, 1, Instant.parse("2025-03-20T00:05:00Z"),
        "X,1", "VIIRS", "", "", "", "", "N");

    String csv = FirmsCsvWriter.toCsv(List.of(row, quoted));
    ReadResult read = reader.read("sim.csv", "ab".repeat(32), csv.getBytes(StandardCharsets.UTF_8));

    assertThat(csv).isEqualTo(FirmsCsvWriter.HEADER + "\n"
        + "50.0012345,36.25,367,0.39,0.36,2025-03-20,1032,N21,VIIRS,h,2.0NRT,337.79,59.86,D\n"
        + "-33.5,151,,1,1,2025-03-20,0005,\"X,1\",VIIRS,,,,,N\n");
    assertThat(read.rejects()).isEmpty();
    assertThat(read.observations()).extracting(Observation::sourceId)
        .containsExactly("firms-viirs-noaa21", "firms-viirs-x-1");
    assertThat(FirmsRow.of(read.observations().get(0)))
        .isEqualTo(new FirmsRow(50.00123, 36.25, "367", 0.39, 0.36, Instant.parse("2025-03-20T10:32:00Z"),
            "N21", "VIIRS", "h", "2.0NRT", "337.79", "59.86", "D"));
  }

  @Test
  void refusesWhatTheDownloadFormatCannotHold() {
    assertThatThrownBy(() -> new FirmsRow(50, 36, "", 0.4, 0.4, Instant.parse("2025-03-20T10:32:30Z"),
        "N", "VIIRS", "n", "", "", "", "D"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minutes");
    FirmsRow multiline = new FirmsRow(50, 36, "", 0.4, 0.4, Instant.parse("2025-03-20T10:32:00Z"),
        "N", "VIIRS", "n", "2.0\nNRT", "", "", "D");
    assertThatThrownBy(() -> FirmsCsvWriter.toCsv(List.of(multiline)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
  }
}
