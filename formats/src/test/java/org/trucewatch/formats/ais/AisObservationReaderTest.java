package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

class AisObservationReaderTest {
  private static final long T0 = 1742469300L; // 2025-03-20T11:15:00Z

  private static String traffic() {
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder sb = new StringBuilder();
    // a tanker, reporting every 10 s for 12 minutes, its static data arriving late
    for (int i = 0; i < 72; i++) {
      sb.append(w.classAPosition("st-1", T0 + 10L * i, 'A', 272100001, 0, 46.0 + i * 0.0005, 30.9, 12.0, 0.0, 0, i % 60));
    }
    sb.append(w.staticVoyage("st-1", T0 + 721, 'A', 272100001, 9000001, "UTAA1", "DNIPRO STAR", 80,
        new ShipDimensions(100, 20, 10, 10), "ODESA", 8.0));
    // a naval ship (type 35) and a ship on the watch list
    sb.append(w.staticVoyage("st-1", T0, 'B', 273400002, 0, "RXXX", "NAVAL ONE", 35, new ShipDimensions(80, 40, 8, 8), "", 5.0));
    sb.append(w.classAPosition("st-1", T0 + 5, 'B', 273400002, 0, 45.5, 31.5, 15.0, 90.0, 90, 5));
    sb.append(w.classBPosition("st-1", T0 + 6, 'A', 272555555, 45.6, 31.6, 3.0, 45.0, -1, 6));
    // a report without time, and a bad one
    sb.append("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n");
    sb.append("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B\n");
    return sb.toString();
  }

  @Test
  void positionReportsBecomeThinnedVesselObservationsWithStaticDataAndProvenance() {
    byte[] raw = traffic().getBytes(StandardCharsets.US_ASCII);
    assertThat(FormatDetector.detect("traffic.log", raw)).isEqualTo(InputFormat.AIS_NMEA);
    ReadResult r = new AisObservationReader(300, Set.of(272555555)).read("traffic.nmea", "ab".repeat(32), raw);

    var tanker = r.observations().stream().filter(o -> o.attributes().get("mmsi").equals("272100001")).toList();
    // 12 minutes from 11:15:00 fall in three 5-minute intervals: 11:15, 11:20, 11:25
    assertThat(tanker).hasSize(3);
    assertThat(tanker).extracting(Observation::eventTime).containsExactly(
        Instant.parse("2025-03-20T11:15:00Z"), Instant.parse("2025-03-20T11:20:00Z"),
        Instant.parse("2025-03-20T11:25:00Z"));
    Observation first = tanker.get(0);
    assertThat(first.kind()).isEqualTo(ObservationKind.VESSEL);
    assertThat(first.sourceId()).isEqualTo("ais:st-1");
    assertThat(first.attributes()).containsEntry("name", "DNIPRO STAR").containsEntry("ship_type", "80")
        .containsEntry("speed_kn", "12").containsEntry("ais_class", "A").doesNotContainKey("heading_deg_x");
    assertThat(first.provenance().line()).isEqualTo(1);
    assertThat(first.uncertaintyMetres()).isEqualTo(10.0);

    Observation naval = r.observations().stream().filter(o -> o.attributes().get("mmsi").equals("273400002"))
        .findFirst().orElseThrow();
    assertThat(naval.kind()).isEqualTo(ObservationKind.MILITARY_VESSEL);
    Observation watched = r.observations().stream().filter(o -> o.attributes().get("mmsi").equals("272555555"))
        .findFirst().orElseThrow();
    assertThat(watched.kind()).isEqualTo(ObservationKind.MILITARY_VESSEL);
    assertThat(watched.attributes()).containsEntry("ais_class", "B");

    assertThat(r.rejects()).hasSize(2);
    assertThat(r.rejects().get(0).field()).isEqualTo("time");
    assertThat(r.rejects().get(1).reason()).isEqualTo("checksum mismatch");
  }

  @Test
  void gatehouseHeadersGiveTheTimeOfTheDanishStream() throws Exception {
    byte[] raw = Files.readAllBytes(AisSharedData.file("aislib/stream_example.txt"));
    assertThat(FormatDetector.detect("stream_example.txt", raw)).isEqualTo(InputFormat.AIS_NMEA);
    ReadResult r = new AisObservationReader().read("stream_example.txt", "cd".repeat(32), raw);
    assertThat(r.observations().size()).isGreaterThan(100);
    assertThat(r.observations()).allSatisfy(o ->
        assertThat(o.eventTime()).isBetween(Instant.parse("2010-06-11T00:00:00Z"), Instant.parse("2010-06-12T00:00:00Z")));
  }
}
