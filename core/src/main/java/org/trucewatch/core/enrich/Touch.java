package org.trucewatch.core.enrich;

import java.util.Objects;

/**
 * An observation reaching into one element of a provision.
 *
 * @param provisionId the provision
 * @param elementId the element (site, zone, corridor) within it
 * @param elementName the element's name, for explanations
 * @param category the element's category
 * @param distanceMetres geodesic distance from the observation to the element's reference: the
 *     site's centre, the zone's or corridor's centreline; zero for polygon zones it lies in
 * @param limitMetres the element's radius or half width; zero for polygon zones
 */
public record Touch(
    String provisionId,
    String elementId,
    String elementName,
    String category,
    double distanceMetres,
    double limitMetres)
    implements Comparable<Touch> {
  /** Checks the fields. */
  public Touch {
    Objects.requireNonNull(provisionId, "provisionId");
    Objects.requireNonNull(elementId, "elementId");
    Objects.requireNonNull(elementName, "elementName");
    Objects.requireNonNull(category, "category");
  }

  /** Orders by element id, the canonical order of touches in outputs. */
  @Override
  public int compareTo(Touch o) {
    return elementId.compareTo(o.elementId);
  }
}
