package org.trucewatch.core.agreement;

import java.util.Objects;
import org.trucewatch.core.geo.Region;

/**
 * One place a provision protects or restricts: a single site of a list, the zone, the corridor.
 * This is what the spatial index holds and what an observation touches.
 *
 * @param id unique within the agreement, e.g. {@code energy-moratorium/zaporizhzhia-npp}
 * @param name human-readable, e.g. "Zaporizhzhia Nuclear Power Plant"
 * @param category what kind of place, e.g. {@code nuclear}, {@code substation}, {@code city},
 *     {@code zone}, {@code corridor}
 * @param region the area, with its exact membership test
 */
public record ProvisionElement(String id, String name, String category, Region region) {
  /** Checks the fields. */
  public ProvisionElement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(region, "region");
  }
}
