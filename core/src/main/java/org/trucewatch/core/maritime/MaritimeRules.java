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
 * @param closedAreaMinFixes closed area: at least this many consecutive fixes inside it and
 *     outside every corridor
 * @param closedAreaMinDuration closed area: spanning at least this long, first to last fix
 */
public record MaritimeRules(
    Duration minGap,
    double receptionRadiusMetres,
    double loiterMaxSpeedKnots,
    Duration loiterMinDuration,
    double encounterMaxDistanceMetres,
    double encounterMaxSpeedKnots,
    Duration encounterMinDuration,
    double maxPlausibleSpeedKnots,
    int closedAreaMinFixes,
    Duration closedAreaMinDuration) {

  /**
   * The defaults described above; reception radius 30 km, implausible over 60 knots; a closed
   * area entered for 3 fixes over 10 minutes (no one stray or mis-decoded fix is a breach, and with
   * the pipeline's one fix per ship per 5 minutes, 3 fixes are at least 10 minutes, about 3 km at
   * 10 knots, clear of a corridor's edge).
   */
  public static final MaritimeRules DEFAULTS = new MaritimeRules(
      Duration.ofHours(2), 30_000, 2.0, Duration.ofHours(2), 500, 2.0, Duration.ofHours(2), 60.0,
      3, Duration.ofMinutes(10));

  /** Checks the fields. */
  public MaritimeRules {
    Objects.requireNonNull(minGap, "minGap");
    Objects.requireNonNull(loiterMinDuration, "loiterMinDuration");
    Objects.requireNonNull(encounterMinDuration, "encounterMinDuration");
    Objects.requireNonNull(closedAreaMinDuration, "closedAreaMinDuration");
    if (closedAreaMinFixes < 1 || closedAreaMinDuration.isNegative()) {
      throw new IllegalArgumentException("a closed-area breach needs at least one fix and a duration of zero or more");
    }
    if (minGap.isNegative() || minGap.isZero() || receptionRadiusMetres <= 0 || loiterMaxSpeedKnots <= 0
        || encounterMaxDistanceMetres <= 0 || encounterMaxSpeedKnots <= 0 || maxPlausibleSpeedKnots <= 0) {
      throw new IllegalArgumentException("maritime thresholds must be positive");
    }
  }

  /** These rules with another closed-area threshold: {@code minFixes} fixes spanning {@code minDuration}. */
  public MaritimeRules withClosedArea(int minFixes, Duration minDuration) {
    return new MaritimeRules(minGap, receptionRadiusMetres, loiterMaxSpeedKnots, loiterMinDuration,
        encounterMaxDistanceMetres, encounterMaxSpeedKnots, encounterMinDuration, maxPlausibleSpeedKnots, minFixes,
        minDuration);
  }
}
