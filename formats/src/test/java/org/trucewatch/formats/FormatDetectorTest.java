package org.trucewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private static InputFormat detect(String name, String head) {
    return FormatDetector.detect(name, head.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void recognisesFirmsHeadersWhateverTheVariantOrExtension() {
    assertThat(detect("fire_nrt_SV-C2_400448.csv",
        "latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_t31,frp,daynight\n"
            + "47.62075,35.71787,344.94,0.52,0.5,2023-02-24,1106,N,VIIRS,n,2.0NRT,269.52,7.75,D\n"))
        .isEqualTo(InputFormat.FIRMS_CSV);
    assertThat(detect("J1_VIIRS_C2_Global_VJ114IMGTDL_NRT_2025223.txt",
        "\uFEFFlatitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,confidence,version,bright_ti5,frp,daynight\r\n"))
        .isEqualTo(InputFormat.FIRMS_CSV);
    assertThat(detect("upload.bin", "\"LATITUDE\",\"LONGITUDE\",\"ACQ_DATE\"\n47.8781,35.158,2012-01-02\n"))
        .isEqualTo(InputFormat.FIRMS_CSV);
  }

  @Test
  void recognisesTheSharedFirmsFileFromItsFirstKilobyte() throws IOException {
    String root = System.getProperty("trucewatch.shared");
    Path file = root == null ? null : Path.of(root, "data", "firms", "fire_nrt_SV-C2_400448.csv");
    Assumptions.assumeTrue(file != null && Files.isRegularFile(file), "shared FIRMS sample absent; skipping");

    byte[] head = Arrays.copyOf(Files.readAllBytes(file), 1024);

    assertThat(FormatDetector.detect("upload", head)).isEqualTo(InputFormat.FIRMS_CSV);
  }

  @Test
  void recognisesObservationLinesWhateverTheExtension() {
    String line = "{\"source\":\"mission-uav-3\",\"kind\":\"heavy-weapon\",\"time\":\"2025-03-20T10:15:00Z\",\"lat\":50.1,";
    assertThat(detect("feed.jsonl", line)).isEqualTo(InputFormat.OBSERVATIONS_JSONL);
    assertThat(detect("feed.txt", "# drone feed\n\n" + line)).isEqualTo(InputFormat.OBSERVATIONS_JSONL);
    assertThat(detect("feed.yaml", "  " + line)).isEqualTo(InputFormat.OBSERVATIONS_JSONL);
  }

  @Test
  void recognisesTheSourcesRegistry() {
    assertThat(detect("sources.yml", "# registry\nsources:\n  - id: ua-kharkiv-ova\n"))
        .isEqualTo(InputFormat.SOURCES_YAML);
    assertThat(detect("registry.txt", "---\nsources:   # graded by the mission\n")).isEqualTo(InputFormat.SOURCES_YAML);
    assertThat(detect("registry.json", "{\"sources\": [{\"id\": \"x\"}]}")).isEqualTo(InputFormat.SOURCES_YAML);
    assertThat(detect("registry", "sources: []\n")).isEqualTo(InputFormat.SOURCES_YAML);
  }

  @Test
  void fallsBackOnTheExtensionOnlyWhenThereIsNoContent() {
    assertThat(detect("empty.csv", "")).isEqualTo(InputFormat.FIRMS_CSV);
    assertThat(detect("DAILY.TXT", "\n\n")).isEqualTo(InputFormat.FIRMS_CSV);
    assertThat(detect("feed.ndjson", "# nothing yet\n")).isEqualTo(InputFormat.OBSERVATIONS_JSONL);
    assertThat(detect("feed.json", "")).isEqualTo(InputFormat.OBSERVATIONS_JSONL);
    assertThat(detect("sources.yaml", "# to be filled\n")).isEqualTo(InputFormat.SOURCES_YAML);
    assertThat(detect("notes.md", "")).isEqualTo(InputFormat.UNKNOWN);
  }

  @Test
  void callsUnrecognisedContentUnknownWhateverTheExtension() {
    assertThat(detect("other.csv", "event_id,date,latitude,longitude\nUKR1,2025-03-20,50,36\n"))
        .isEqualTo(InputFormat.UNKNOWN);
    assertThat(detect("acled.csv", "event_id_cnty,event_date,latitude,longitude\nUKR1,2025-03-20,50,36\n"))
        .isEqualTo(InputFormat.ACLED_CSV);
    assertThat(detect("agreement.yaml", "agreement:\n  id: black-sea-2025\n  sources: none\n"))
        .isEqualTo(InputFormat.UNKNOWN);
    assertThat(detect("x.jsonl", "[1, 2, 3]\n")).isEqualTo(InputFormat.UNKNOWN);
  }
}
