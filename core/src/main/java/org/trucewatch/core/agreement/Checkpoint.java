package org.trucewatch.core.agreement;

import java.util.Objects;
import org.trucewatch.core.geo.Circle;

/**
 * A listed checkpoint inside a demilitarised zone, where a limited number of personnel may stay.
 *
 * @param id unique within the provision, lower-case with hyphens
 * @param name public name
 * @param area the checkpoint: a radius around its location
 * @param maxPersonnel how many personnel may be there at once; more is a possible violation
 */
public record Checkpoint(String id, String name, Circle area, int maxPersonnel) {
  /** Checks the fields. */
  public Checkpoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(area, "area");
    if (maxPersonnel < 0) {
      throw new IllegalArgumentException("max personnel must be zero or more: " + maxPersonnel);
    }
  }
}
