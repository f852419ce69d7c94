package org.trucewatch.core.coverage;

import java.util.Optional;
import org.trucewatch.core.observation.Observation;

/**
 * What observed an area: an observation carrying the attribute {@link #ATTRIBUTE} is a footprint
 * (what a sensor saw), not a sighting of anything.
 */
public enum FootprintKind {
  /** A patrol's track; its swath is the track widened by the sensor's ground footprint width. */
  PATROL_SWATH("patrol-swath"),
  /** The ground footprint of an image or video frame (its four corners). */
  IMAGERY("imagery"),
  /** The part of a satellite pass's swath that fell on the zone. */
  SATELLITE_PASS("satellite-pass");

  /** The observation attribute naming the footprint kind. */
  public static final String ATTRIBUTE = "footprint";
  /** The observation attribute giving a patrol sensor's ground footprint width, metres. */
  public static final String SWATH_WIDTH_M = "swath_width_m";
  /** The observation attribute naming the platform (aircraft, drone, satellite). */
  public static final String PLATFORM = "platform";

  private final String code;

  FootprintKind(String code) {
    this.code = code;
  }

  /** The code in files and outputs, e.g. {@code patrol-swath}. */
  public String code() {
    return code;
  }

  /** The footprint kind an observation carries, empty when it is no footprint. */
  public static Optional<FootprintKind> of(Observation o) {
    String v = o.attributes().get(ATTRIBUTE);
    if (v == null) {
      return Optional.empty();
    }
    for (FootprintKind k : values()) {
      if (k.code.equals(v)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
