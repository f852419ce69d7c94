package org.trucewatch.core.maritime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The maritime step of the pipeline, before enrich: builds vessel tracks from the AIS
 * observations, runs the gap, loitering, encounter and closed-area detectors on them, and hands on the
 * detections in place of the plain track points. Plain {@code vessel} track points (with an
 * {@code mmsi}) show no activity and would only crowd fusion, so they stay in the tracks (and the
 * detections cite them); {@code military-vessel} points go on, since a warship in a zone is a
 * finding by itself. Pure and deterministic.
 */
public final class MaritimeDetection {
  private final MaritimeRules rules;
  private final Agreement agreement;

  /** The step with these rules, for an agreement with no closed sea areas. */
  public MaritimeDetection(MaritimeRules rules) {
    this(rules, new Agreement("none", "no agreement", List.of(), List.of()));
  }

  /** The step with these rules, watching this agreement's closed sea areas and corridors. */
  public MaritimeDetection(MaritimeRules rules, Agreement agreement) {
    this.rules = rules;
    this.agreement = agreement;
  }

  /** The result: the tracks and the observations that go on to enrich. */
  public record Result(List<VesselTrack> tracks, List<Observation> detections, List<Observation> onward) {
    /** Freezes the lists. */
    public Result {
      tracks = List.copyOf(tracks);
      detections = List.copyOf(detections);
      onward = List.copyOf(onward);
    }
  }

  /** Runs the detectors over these observations. */
  public Result run(List<Observation> observations) {
    List<VesselTrack> tracks = VesselTrack.fromObservations(observations, rules.maxPlausibleSpeedKnots());
    List<Observation> detections = new ArrayList<>();
    detections.addAll(new AisGapDetector(rules).detect(tracks));
    detections.addAll(new LoiteringDetector(rules).detect(tracks));
    detections.addAll(new EncounterDetector(rules).detect(tracks));
    detections.addAll(new ClosedAreaDetector(agreement, rules).detect(tracks));
    detections.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    List<Observation> onward = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      if (!(o.kind() == ObservationKind.VESSEL && o.attributes().containsKey(VesselTrack.MMSI))) {
        onward.add(o);
      }
    }
    onward.addAll(detections);
    return new Result(tracks, detections, onward);
  }

  /**
   * The same detections as {@link #run} over these ships' observations, taking one track at a time:
   * loitering and closed areas per track; gaps from each track's silences, the ships heard nearby
   * counted in a second pass over the tracks; encounters from each ship's slow slot fixes ({@link
   * EncounterDetector#slotFixes}). What is held between ships is the silences' end fixes and the
   * slot fixes, not the tracks. Sorted by time then id.
   */
  public List<Observation> detectShipByShip(ShipTracks ships) {
    AisGapDetector gaps = new AisGapDetector(rules);
    LoiteringDetector loitering = new LoiteringDetector(rules);
    EncounterDetector encounters = new EncounterDetector(rules);
    ClosedAreaDetector closedAreas = new ClosedAreaDetector(agreement, rules);
    List<Observation> detections = new ArrayList<>();
    List<AisGapDetector.Silence> silences = new ArrayList<>();
    List<VesselTrack> slowFixes = new ArrayList<>();
    int[] mmsis = ships.mmsis();
    for (int mmsi : mmsis) {
      VesselTrack t = ships.track(mmsi);
      List<VesselTrack> one = List.of(t);
      detections.addAll(loitering.detect(one));
      detections.addAll(closedAreas.detect(one));
      VesselTrack identity = new VesselTrack(t.mmsi(), t.name(), t.shipType(), List.of());
      for (AisGapDetector.Silence s : gaps.silences(t)) {
        silences.add(new AisGapDetector.Silence(identity, s.before(), s.after()));
      }
      slowFixes.add(new VesselTrack(t.mmsi(), t.name(), t.shipType(), encounters.slotFixes(t)));
    }
    detections.addAll(encounters.detect(slowFixes));
    if (!silences.isEmpty()) {
      List<java.util.Set<Integer>> heard = new ArrayList<>(silences.size());
      for (int i = 0; i < silences.size(); i++) {
        heard.add(new java.util.HashSet<>());
      }
      for (int mmsi : mmsis) {
        List<TrackPoint> pts = ships.track(mmsi).plausiblePoints();
        long[] times = new long[pts.size()];
        for (int i = 0; i < times.length; i++) {
          times[i] = pts.get(i).time().toEpochMilli();
        }
        for (int k = 0; k < silences.size(); k++) {
          AisGapDetector.Silence s = silences.get(k);
          long from = s.before().time().toEpochMilli();
          long to = s.after().time().toEpochMilli();
          // the first point after the silence's start; points are in time order
          int i = java.util.Arrays.binarySearch(times, from + 1);
          i = i < 0 ? -i - 1 : i;
          while (i > 0 && times[i - 1] > from) {
            i--;
          }
          for (; i < times.length && times[i] < to; i++) {
            if (gaps.heardDuring(s, mmsi, pts.get(i).time(), pts.get(i).position())) {
              heard.get(k).add(mmsi);
              break;
            }
          }
        }
      }
      for (int k = 0; k < silences.size(); k++) {
        detections.add(gaps.gap(silences.get(k), heard.get(k).size()));
      }
    }
    detections.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
    return detections;
  }
}
