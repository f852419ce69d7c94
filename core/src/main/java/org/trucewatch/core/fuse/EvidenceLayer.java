package org.trucewatch.core.fuse;

import java.util.Locale;
import org.trucewatch.core.observation.DetectionClass;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Source;

/**
 * The layer a piece of evidence comes from, in the order a reader checks them: what a satellite
 * saw first (nobody's word), then what observers on the ground, aircraft and drones, and ships'
 * own transmissions show, and last what people say.
 */
public enum EvidenceLayer {
  /** Satellites: FIRMS pixels, commercial imagery. */
  SPACE("space"),
  /** Observers and event data on the ground: ACLED events, ground monitors. */
  GROUND("ground"),
  /** Drones and aircraft: patrol sightings, detections in frames. */
  AIR("air"),
  /** The sea: AIS-derived events and ship positions. */
  SEA("sea"),
  /** Statements: parties' officials, grid operators, the press, extracted claims. */
  REPORTS("reports");

  private final String code;

  EvidenceLayer(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }

  /**
   * The layer of an observation from its source: a ship's MMSI or a sea kind is the sea; a thermal
   * anomaly, a FIRMS source or a satellite platform is space; a detection class, a UAV or drone
   * source is air; a statement, a claim, a source chain, a channel, or a source speaking for a
   * party is a report; anything else (ACLED, ground monitors) is ground.
   */
  public static EvidenceLayer of(Observation o, Source source) {
    String id = o.sourceId().toLowerCase(Locale.ROOT);
    String platform = o.attributes().getOrDefault("platform", "").toLowerCase(Locale.ROOT);
    if (o.attributes().containsKey(FusionParameters.MMSI) || FusionParameters.SEA_KINDS.contains(o.kind())) {
      return SEA;
    }
    if (o.kind() == ObservationKind.THERMAL_ANOMALY || id.startsWith("firms-") || id.contains("sat")
        || platform.contains("sat")) {
      return SPACE;
    }
    if (DetectionClass.of(o).isPresent() || id.contains("uav") || id.contains("drone")) {
      return AIR;
    }
    if (o.attributes().containsKey("claim") || o.attributes().containsKey(Origin.SOURCE_CHAIN)
        || o.attributes().containsKey("channel") || o.attributes().containsKey(Stance.STATEMENT)
        || source.affiliation().isPresent() || id.contains("news")) {
      return REPORTS;
    }
    return GROUND;
  }
}
