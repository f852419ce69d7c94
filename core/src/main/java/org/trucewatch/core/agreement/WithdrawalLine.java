package org.trucewatch.core.agreement;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.DetectionClass;

/**
 * A withdrawal rule of a demilitarised zone: weapons of the listed classes (and, when a minimum
 * calibre is set, of a larger calibre) must stay at least a given distance from the zone's line.
 * As in past arrangements: "weapons of calibre over 100 mm withdrawn 50 km".
 *
 * @param id unique within the provision, lower-case with hyphens
 * @param name human-readable, e.g. "Artillery over 100 mm: 50 km"
 * @param classes the detection classes it applies to, non-empty
 * @param minCalibreMillimetres when present, it applies to calibres above this (millimetres); a
 *     detection of unknown calibre is held to the rule, since it cannot be shown to be exempt
 * @param band the line with the withdrawal distance as half width: a weapon inside is short of
 *     its line
 */
public record WithdrawalLine(
    String id, String name, Set<DetectionClass> classes, OptionalDouble minCalibreMillimetres, LineBand band) {
  /** Checks and freezes the fields. */
  public WithdrawalLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(minCalibreMillimetres, "minCalibreMillimetres");
    Objects.requireNonNull(band, "band");
    classes = Set.copyOf(classes);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("a withdrawal line needs at least one class");
    }
  }

  /** The withdrawal distance from the line, metres. */
  public double distanceMetres() {
    return band.halfWidthMetres();
  }

  /** Whether a detection of this class and calibre (NaN when unknown) is held to the rule. */
  public boolean appliesTo(DetectionClass c, double calibreMillimetres) {
    if (!classes.contains(c)) {
      return false;
    }
    return minCalibreMillimetres.isEmpty()
        || Double.isNaN(calibreMillimetres)
        || calibreMillimetres > minCalibreMillimetres.getAsDouble();
  }
}
