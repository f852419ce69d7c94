package org.trucewatch.core.agreement;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Circle;

/**
 * A place that must not be struck, with the radius within which an event counts as touching it.
 *
 * @param id unique within its provision, lower-case with hyphens
 * @param name public name
 * @param category e.g. {@code nuclear}, {@code thermal}, {@code hydro}, {@code substation},
 *     {@code refinery}, {@code city}
 * @param country ISO 3166-1 alpha-2 code of the country it lies in, if given
 * @param location lon/lat degrees
 * @param radiusMetres protective radius, metres
 */
public record ProtectedSite(
    String id, String name, String category, Optional<String> country, Coordinate location, double radiusMetres) {
  /** Checks the fields. */
  public ProtectedSite {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(location, "location");
    if (!(radiusMetres > 0)) {
      throw new IllegalArgumentException("radius of site " + id + " must be more than zero metres");
    }
  }

  /** The site's protective circle. */
  public Circle circle() {
    return new Circle(location, radiusMetres);
  }
}
