package org.trucewatch.flink;

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
 * engine's matcher ({@link org.trucewatch.engine.Pipeline#matcher}), and which stages take it on
 * (its {@link StageElement#lanes}): AIS track points go to the sea stage, keyed by their MMSI;
 * observations that can be part of an incident go to fusion, except plain vessel track points,
 * which the sea stage turns into tracks and which are left bare (as {@code MaritimeDetection} keeps
 * them from fusion). Observations that neither stage takes stop here.
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
    if (o.kind() != ObservationKind.VESSEL && o.kind() != ObservationKind.MILITARY_VESSEL) {
      return null;
    }
    String mmsi = o.attributes().get(VesselTrack.MMSI);
    if (mmsi == null) {
      return null;
    }
    try {
      return Integer.toString(Integer.parseInt(mmsi));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public StageElement map(StageElement e) {
    if (e.kind == StageElement.SOURCES) {
      e.lanes = StageElement.LANE_FUSION;
      return e;
    }
    Observation o = ObservationCodec.decode(e.payload).observation();
    String mmsi = trackMmsi(o);
    // MaritimeDetection keeps plain vessel points (any with an mmsi) from fusion
    boolean onward = !(o.kind() == ObservationKind.VESSEL && o.attributes().containsKey(VesselTrack.MMSI));
    int lanes = (mmsi != null ? StageElement.LANE_SEA : 0)
        | (onward && IncidentFuser.eventful(o) ? StageElement.LANE_FUSION : 0);
    StageElement next = e;
    if (e.kind == StageElement.OBSERVATION && (lanes & StageElement.LANE_FUSION) != 0) {
      EnrichedObservation enriched = matcher.enrich(o);
      next = new StageElement(e.kind, e.key, e.eventMillis, ObservationCodec.encode(enriched));
    }
    next.route = mmsi != null ? mmsi : "";
    next.lanes = lanes;
    return next;
  }
}
