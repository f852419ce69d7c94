package org.trucewatch.flink;

import java.util.OptionalInt;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The enrich stage, in parallel: which provisions' elements each observation touches, with the
 * engine's matcher ({@link org.trucewatch.engine.Pipeline#matcher}), for the observations fusion
 * takes. Which stages take an observation ({@link #lanes}, decided when it is read): AIS track
 * points go to the sea stage, keyed by their MMSI; observations that can be part of an incident go
 * to fusion, except plain vessel track points, which the sea stage turns into tracks and which
 * pass bare and undecoded (as {@code MaritimeDetection} keeps them from fusion). Observations
 * that neither stage takes stop after this stage.
 */
public final class EnrichObservations extends RichMapFunction<StageElement, StageElement> {
  private static final long serialVersionUID = 1L;

  private final MissionConfig mission;
  private transient ProvisionMatcher matcher;

  /** The stage for this mission. */
  public EnrichObservations(MissionConfig mission) {
    this.mission = mission;
  }

  @Override
  public void open(OpenContext context) {
    matcher = mission.pipeline(java.util.List.of()).matcher();
  }

  /** The MMSI of an AIS track point, as {@link VesselTrack#fromObservations} groups them; else null. */
  static String trackMmsi(Observation o) {
    OptionalInt mmsi = VesselTrack.trackedMmsi(o);
    return mmsi.isPresent() ? Integer.toString(mmsi.getAsInt()) : null;
  }


  /** The stages after enrich that take this observation ({@link StageElement#lanes}). */
  static int lanes(Observation o) {
    // MaritimeDetection keeps plain vessel points (any with an mmsi) from fusion
    boolean onward = !(o.kind() == ObservationKind.VESSEL && o.attributes().containsKey(VesselTrack.MMSI));
    return (trackMmsi(o) != null ? StageElement.LANE_SEA : 0)
        | (onward && IncidentFuser.eventful(o) ? StageElement.LANE_FUSION : 0);
  }

  @Override
  public StageElement map(StageElement e) {
    if (e.kind != StageElement.OBSERVATION || (e.lanes & StageElement.LANE_FUSION) == 0) {
      // sources, withdrawals, and observations only the sea stage takes: as they are
      return e;
    }
    EnrichedObservation enriched = matcher.enrich(ObservationCodec.decode(e.payload).observation());
    StageElement next = new StageElement(e.kind, e.key, e.eventMillis, ObservationCodec.encode(enriched));
    next.route = e.route;
    next.lanes = e.lanes;
    next.vessel = e.vessel;
    return next;
  }
}
