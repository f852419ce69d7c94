package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

class AisFixesTest {
  private static final long T0 = 1742469300L; // 2025-03-20T11:15:00Z

  /** What read() makes, grouped as AisFixes hands it back: by MMSI, then time, then id. */
  private static List<Observation> byShip(List<Observation> observations) {
    List<Observation> out = new ArrayList<>(observations);
    out.sort(Comparator.comparing((Observation o) -> Integer.parseInt(o.attributes().get("mmsi")))
        .thenComparing(Observation::eventTime).thenComparing(Observation::id));
    return out;
  }

  private static List<Observation> remade(AisFixes fixes) {
    List<Observation> out = new ArrayList<>();
    for (int mmsi : fixes.store().mmsis()) {
      out.addAll(fixes.observations(mmsi));
    }
    return out;
  }

  private static void assertSameRecords(List<Observation> actual, List<Observation> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      // records: equal ids, attributes, geometry, provenance
      assertThat(actual.get(i)).isEqualTo(expected.get(i));
      assertThat(actual.get(i).provenance()).isEqualTo(expected.get(i).provenance());
    }
  }

  @Test
  void fixesMakeTheSameObservationsAsReadAcrossTwoEntriesWithStationsWatchListAndLateStaticData() {
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder a = new StringBuilder();
    for (int i = 0; i < 90; i++) {
      a.append(w.classAPosition(i % 2 == 0 ? "st-1" : "st-2", T0 + 10L * i, 'A', 272100001, i % 16,
          46.0 + i * 0.0005, 30.9, 12.3 + i * 0.1, (i * 7.3) % 360, i % 4 == 0 ? -1 : i % 360, i % 60));
      a.append(w.classBPosition("", T0 + 400L * i, 'B', 272555555, 45.6 - i * 0.001, 31.6, i * 0.1, 359.9, -1, 6));
    }
    a.append(w.staticVoyage("st-1", T0 + 721, 'A', 272100001, 9000001, "UTAA1", "DNIPRO STAR", 80,
        new ShipDimensions(100, 20, 10, 10), "ODESA", 8.0));
    a.append(w.staticVoyage("st-1", T0, 'B', 273400002, 0, "RXXX", "NAVAL ONE", 35,
        new ShipDimensions(80, 40, 8, 8), "", 5.0));
    a.append(w.classAPosition("st-1", T0 + 5, 'B', 273400002, 0, 45.5, 31.5, 15.0, 90.0, 90, 5));
    a.append(w.classAPosition("st-1", T0 + 7200, 'A', 272100001, 0, 10.0, 30.9, 12.0, 0.0, 0, 0)); // a spoofed jump
    a.append("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"); // no time: a reject
    // a second entry, earlier in time, so the store must sort each ship's fixes
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      b.append(w.classAPosition("st-3", T0 - 3600 + 60L * i, 'A', 272100001, 5, 46.1, 30.8 + i * 0.001, 0.0, 0.0, 0, 0));
    }
    AisObservationReader reader = new AisObservationReader(60, Set.of(272555555));
    byte[] rawA = a.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] rawB = b.toString().getBytes(StandardCharsets.US_ASCII);

    ReadResult readA = reader.read("a.nmea", "ab".repeat(32), rawA);
    ReadResult readB = reader.read("b.nmea", "cd".repeat(32), rawB);
    AisFixes fixes = new AisFixes(reader);
    List<Reject> rejectsA = reader.readFixes("a.nmea", "ab".repeat(32), rawA, fixes);
    List<Reject> rejectsB = reader.readFixes("b.nmea", "cd".repeat(32), rawB, fixes);

    List<Observation> expected = new ArrayList<>(readA.observations());
    expected.addAll(readB.observations());
    assertThat(fixes.store().size()).isEqualTo(expected.size());
    assertThat(fixes.store().mmsis()).containsExactly(272100001, 272555555, 273400002);
    assertSameRecords(remade(fixes), byShip(expected));
    assertThat(rejectsA).isEqualTo(readA.rejects()).isNotEmpty();
    assertThat(rejectsB).isEqualTo(readB.rejects());
    assertSameTracks(fixes, expected);
    assertThat(VesselTrack.ofShip(272100001, fixes.observations(272100001), MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots())
        .points()).filteredOn(p -> p.implausibleJump()).hasSize(1);
  }

  @Test
  void aReportReadTwiceIsKeptOnceAsTheFoldKeepsItTheFirstCopyWithTheOthersProvenance() {
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      String fix = w.classAPosition("st-1", T0 + 60L * i, 'A', 272100001, 0, 46.0 + i * 0.001, 30.9, 12.0, 90.0, 90, 0);
      a.append(fix);
      if (i >= 10) {
        b.append(fix); // the second file repeats the last ten reports
      }
      // at the same times, a warship's reports: copies only when their content is the same
      a.append(w.classAPosition("st-1", T0 + 60L * i, 'B', 273400002, 0, 45.5, 31.5 + i * 0.001, 15.0, 90.0, 90, 5));
    }
    b.append(w.classAPosition("st-2", T0 + 60L * 12, 'A', 272100001, 0, 46.012, 30.9, 12.0, 90.0, 90, 0)); // other station
    a.append(w.staticVoyage("st-1", T0, 'B', 273400002, 0, "RXXX", "NAVAL ONE", 35, new ShipDimensions(80, 40, 8, 8), "", 5.0));
    AisObservationReader reader = new AisObservationReader(30, Set.of());
    byte[] rawA = a.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] rawB = b.toString().getBytes(StandardCharsets.US_ASCII);
    // what the ledger's fold keeps of read()'s observations: each id once, the first copy
    org.trucewatch.core.thermal.DistinctDetections distinct = new org.trucewatch.core.thermal.DistinctDetections();
    reader.read("a.nmea", "ab".repeat(32), rawA).observations().forEach(distinct::add);
    reader.read("b.nmea", "cd".repeat(32), rawB).observations().forEach(distinct::add);

    AisFixes fixes = new AisFixes(reader);
    reader.readFixes("a.nmea", "ab".repeat(32), rawA, fixes);
    reader.readFixes("b.nmea", "cd".repeat(32), rawB, fixes);
    java.util.TreeMap<org.trucewatch.core.observation.ObservationId, List<org.trucewatch.core.observation.Provenance>> copies =
        new java.util.TreeMap<>();
    long dropped = fixes.dropRepeats((id, p) -> copies.computeIfAbsent(id, k -> new ArrayList<>()).add(p));

    assertThat(dropped).isEqualTo(distinct.repeats()).isEqualTo(10);
    assertThat(copies).isEqualTo(distinct.alsoReadFrom());
    assertSameRecords(remade(fixes), byShip(distinct.kept()));
    assertThat(fixes.dropRepeats((id, p) -> { })).isZero();
    // the warship's reports are the fixes that go on as observations, in time order
    assertThat(fixes.militaryObservations()).hasSize(20)
        .allMatch(o -> o.kind() == org.trucewatch.core.observation.ObservationKind.MILITARY_VESSEL)
        .isSortedAccordingTo(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    assertThat(fixes.timeRange()).hasValueSatisfying(r -> assertThat(r).containsExactly(T0 * 1000, (T0 + 60L * 19) * 1000));
  }

  @Test
  void fixesMakeTheSameObservationsAsReadOnTheDanishStream() throws Exception {
    byte[] raw = Files.readAllBytes(AisSharedData.file("aislib/stream_example.txt"));
    AisObservationReader reader = new AisObservationReader();
    ReadResult read = reader.read("stream_example.txt", "cd".repeat(32), raw);
    AisFixes fixes = new AisFixes(reader);
    List<Reject> rejects = reader.readFixes("stream_example.txt", "cd".repeat(32), raw, fixes);
    assertThat(read.observations().size()).isGreaterThan(100);
    assertSameRecords(remade(fixes), byShip(read.observations()));
    assertThat(rejects).isEqualTo(read.rejects());
    assertSameTracks(fixes, read.observations());
  }

  /** The tracks built one ship at a time from the fixes equal those built from every observation at once. */
  private static void assertSameTracks(AisFixes fixes, List<Observation> observations) {
    double maxKnots = MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots();
    List<VesselTrack> perShip = new ArrayList<>();
    for (int mmsi : fixes.store().mmsis()) {
      perShip.add(VesselTrack.ofShip(mmsi, fixes.observations(mmsi), maxKnots));
    }
    assertThat(perShip).isEqualTo(VesselTrack.fromObservations(observations, maxKnots));
    ShipTracks tracks = fixes.tracks(maxKnots);
    assertThat(tracks.mmsis()).isEqualTo(fixes.store().mmsis());
    for (VesselTrack t : perShip) {
      assertThat(tracks.track(t.mmsi())).isEqualTo(t);
    }
  }
}
