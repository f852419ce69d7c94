package org.trucewatch.core.maritime;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of the maritime detectors. The defaults follow Global Fishing Watch's published
 * definitions where they have one (loitering: under 2 knots for over 2 hours; encounters: within
 * 500 m for over 2 hours at under 2 knots) and are shortened where a ceasefire needs faster
 * warning (GFW's AIS-disabling events need 12 hours of silence; a corridor monitor wants 2).
 *
 * @param minGap the shortest AIS silence reported as a gap
 * @param receptionRadiusMetres how far from a gap's ends other ships heard meanwhile count as
 *     evidence that reception was working
 * @param loiterMaxSpeedKnots loitering: speed below this
 * @param loiterMinDuration loitering: for at least this long
 * @param encounterMaxDistanceMetres encounter: ships closer than this
 * @param encounterMaxSpeedKnots encounter: both slower than this
 * @param encounterMinDuration encounter: for at least this long
 * @param maxPlausibleSpeedKnots a fix needing more speed than this from the previous one is an
 *     implausible jump
 */
public record MaritimeRules(
    Duration minGap,
    double receptionRadiusMetres,
    double loiterMaxSpeedKnots,
    Duration loiterMinDuration,
    double encounterMaxDistanceMetres,
    double encounterMaxSpeedKnots,
    Duration encounterMinDuration,
    double maxPlausibleSpeedKnots) {

  /** The defaults described above; reception radius 30 km, implausible over 60 knots. */
  public static final MaritimeRules DEFAULTS = new MaritimeRules(
      Duration.ofHours(2), 30_000, 2.0, Duration.ofHours(2), 500, 2.0, Duration.ofHours(2), 60.0);

  /** Checks the fields. */
  public MaritimeRules {
    Objects.requireNonNull(minGap, "minGap");
    Objects.requireNonNull(loiterMinDuration, "loiterMinDuration");
    Objects.requireNonNull(encounterMinDuration, "encounterMinDuration");
    if (minGap.isNegative() || minGap.isZero() || receptionRadiusMetres <= 0 || loiterMaxSpeedKnots <= 0
        || encounterMaxDistanceMetres <= 0 || encounterMaxSpeedKnots <= 0 || maxPlausibleSpeedKnots <= 0) {
      throw new IllegalArgumentException("maritime thresholds must be positive");
    }
  }
}
