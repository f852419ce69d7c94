package org.trucewatch.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The enrich stage, in parallel: which provisions' elements each observation touches, with the
 * engine's matcher ({@link org.trucewatch.engine.Pipeline#matcher}). Plain vessel track points are
 * left bare: the sea stage turns them into tracks and they never reach fusion.
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

  @Override
  public StageElement map(StageElement e) {
    if (e.kind != StageElement.OBSERVATION) {
      return e;
    }
    Observation o = ObservationCodec.decode(e.payload).observation();
    if (o.kind() == ObservationKind.VESSEL && o.attributes().containsKey(VesselTrack.MMSI)) {
      return e;
    }
    EnrichedObservation enriched = matcher.enrich(o);
    return new StageElement(e.kind, e.key, e.eventMillis, ObservationCodec.encode(enriched));
  }
}
