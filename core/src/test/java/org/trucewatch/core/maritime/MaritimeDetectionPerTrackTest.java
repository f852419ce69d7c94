package org.trucewatch.core.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/**
 * The gap and encounter detectors taken one track at a time ({@link AisGapDetector#silences},
 * {@link AisGapDetector#heardDuring}, {@link AisGapDetector#gap}; {@link EncounterDetector#slotFixes})
 * find exactly what they find over all tracks at once: this is what lets the Flink job key the sea
 * layer by MMSI.
 */
class MaritimeDetectionPerTrackTest {
  private static final Instant T0 = Instant.parse("2025-03-26T00:00:00Z");

  /**
   * Forty ships near a harbour over 12 hours, waiting close together or sailing, with silences, missing
   * speeds (so the detectors imply them from neighbouring fixes) and the odd spoofed jump.
   */
  private static List<Observation> harbourApproach(long seed) {
    Random r = new Random(seed);
    List<Observation> out = new ArrayList<>();
    Coordinate centre = new Coordinate(30.80, 46.30);
    for (int ship = 0; ship < 40; ship++) {
      int mmsi = 271_000_000 + ship;
      boolean slow = r.nextDouble() < 0.6;
      // the slow ones wait close together, as ships at an anchorage's edge do
      Coordinate at = Geodesy.destination(centre, r.nextDouble() * 360, r.nextDouble() * (slow ? 400 : 3_000));
      double heading = r.nextDouble() * 360;
      int silentFrom = r.nextDouble() < 0.4 ? 60 + r.nextInt(400) : Integer.MAX_VALUE;
      int silentFor = 90 + r.nextInt(240);
      for (int minute = r.nextInt(5); minute < 720; minute += 4 + r.nextInt(3)) {
        double knots = slow ? (r.nextDouble() < 0.9 ? r.nextDouble() * 0.3 : r.nextDouble() * 2.5) : 6 + r.nextDouble() * 8;
        at = Geodesy.destination(at, heading + r.nextGaussian() * 20, knots * 1852.0 * 5 / 60);
        if (minute >= silentFrom && minute < silentFrom + silentFor) {
          continue;
        }
        Coordinate reported = r.nextDouble() < 0.01 ? new Coordinate(33.5, 44.5) : at;
        Map<String, String> attrs = new HashMap<>();
        attrs.put("mmsi", Integer.toString(mmsi));
        if (r.nextDouble() < 0.7) {
          attrs.put("speed_kn", String.format(java.util.Locale.ROOT, "%.1f", knots));
        }
        if (ship % 3 == 0) {
          attrs.put("name", "SHIP " + ship);
        }
        out.add(Observation.of("ais:st", ObservationKind.VESSEL, T0.plusSeconds(60L * minute + r.nextInt(60)),
            Geodesy.WGS84.createPoint(reported), 10, Credibility.PROBABLY_TRUE, attrs, Casualties.NONE,
            new Provenance("ab".repeat(32), "approach.nmea", out.size() + 1)));
      }
    }
    return out;
  }

  @Test
  void gapsAndEncountersOneTrackAtATimeEqualTheDetectorsOverAllTracks() {
    for (long seed = 1; seed <= 5; seed++) {
      List<VesselTrack> tracks = VesselTrack.fromObservations(harbourApproach(seed), MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots());
      AisGapDetector gaps = new AisGapDetector(MaritimeRules.DEFAULTS);
      EncounterDetector encounters = new EncounterDetector(MaritimeRules.DEFAULTS);

      List<Observation> gapsPerTrack = new ArrayList<>();
      List<VesselTrack> slowOnly = new ArrayList<>();
      for (VesselTrack t : tracks) {
        for (AisGapDetector.Silence s : gaps.silences(t)) {
          Set<Integer> heard = new HashSet<>();
          for (VesselTrack other : tracks) {
            for (TrackPoint p : other.plausiblePoints()) {
              if (gaps.heardDuring(s, other.mmsi(), p.time(), p.position())) {
                heard.add(other.mmsi());
              }
            }
          }
          // the silence as another stage receives it: the ship's identity and the two fixes only
          gapsPerTrack.add(gaps.gap(new AisGapDetector.Silence(
              new VesselTrack(t.mmsi(), t.name(), t.shipType(), List.of()), s.before(), s.after()), heard.size()));
        }
        slowOnly.add(new VesselTrack(t.mmsi(), t.name(), t.shipType(), encounters.slotFixes(t)));
      }
      List<Observation> allGaps = gaps.detect(tracks);
      List<Observation> allEncounters = encounters.detect(tracks);
      assertThat(allGaps).as("seed %d has gaps", seed).isNotEmpty();
      assertThat(allEncounters).as("seed %d has encounters", seed).isNotEmpty();
      assertThat(sorted(gapsPerTrack)).isEqualTo(sorted(allGaps));
      assertThat(encounters.detect(slowOnly)).isEqualTo(allEncounters);
      long fixes = tracks.stream().mapToLong(t -> t.points().size()).sum();
      long slow = slowOnly.stream().mapToLong(t -> t.points().size()).sum();
      assertThat(slow).as("only the slow fixes, one per slot, go to the pairing").isLessThan(fixes);
    }
  }

  @Test
  void detectingShipByShipFindsWhatTheSeaLayerFindsOverEveryObservation() {
    for (long seed = 1; seed <= 5; seed++) {
      List<Observation> observations = harbourApproach(seed);
      MaritimeDetection sea = new MaritimeDetection(MaritimeRules.DEFAULTS);
      List<VesselTrack> tracks = VesselTrack.fromObservations(observations, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots());
      Map<Integer, List<Observation>> byShip = new HashMap<>();
      for (Observation o : observations) {
        byShip.computeIfAbsent(Integer.parseInt(o.attributes().get("mmsi")), k -> new ArrayList<>()).add(o);
      }
      int[] made = {0};
      ShipTracks oneAtATime = new ShipTracks() {
        @Override
        public int[] mmsis() {
          return tracks.stream().mapToInt(VesselTrack::mmsi).toArray();
        }

        @Override
        public VesselTrack track(int mmsi) {
          made[0]++;
          return VesselTrack.ofShip(mmsi, byShip.get(mmsi), MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots());
        }
      };
      List<Observation> expected = sea.run(observations).detections();
      assertThat(expected).as("seed %d finds gaps, loitering and encounters", seed)
          .extracting(Observation::kind).contains(ObservationKind.AIS_GAP, ObservationKind.LOITERING, ObservationKind.ENCOUNTER);
      assertThat(sea.detectShipByShip(oneAtATime)).isEqualTo(expected);
      assertThat(made[0]).isEqualTo(2 * tracks.size());
    }
  }

  private static List<Observation> sorted(List<Observation> l) {
    List<Observation> s = new ArrayList<>(l);
    s.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    return s;
  }
}
