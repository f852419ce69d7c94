package org.trucewatch.core.claim;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a claim says something happened, as resolved from its words.
 *
 * @param name the place's canonical name (empty when unknown)
 * @param admin1 ISO 3166-2 code of the region it lies in, e.g. {@code UA-63}, empty when unknown
 * @param centre lon/lat degrees, absent when {@link LocationPrecision#UNKNOWN}
 * @param uncertaintyMetres radius around the centre the place may lie in, metres
 * @param precision settlement, region or unknown
 */
public record ClaimedPlace(
    String name, String admin1, Optional<Coordinate> centre, double uncertaintyMetres, LocationPrecision precision) {
  /** No resolvable place. */
  public static final ClaimedPlace UNKNOWN =
      new ClaimedPlace("", "", Optional.empty(), 0, LocationPrecision.UNKNOWN);

  /** Checks that a located place has a centre and an unknown one has none. */
  public ClaimedPlace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(precision, "precision");
    if ((precision == LocationPrecision.UNKNOWN) != centre.isEmpty()) {
      throw new IllegalArgumentException("a place has a centre exactly when its precision is not unknown");
    }
    if (!(uncertaintyMetres >= 0) || Double.isInfinite(uncertaintyMetres)) {
      throw new IllegalArgumentException("uncertainty must be zero or more metres: " + uncertaintyMetres);
    }
  }
}
