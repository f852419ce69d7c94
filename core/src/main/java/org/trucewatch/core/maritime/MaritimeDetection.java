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
}
