package org.trucewatch.core.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.core.geo.Region;
import org.trucewatch.core.observation.Activity;

/**
 * An area where activities are prohibited: a demilitarised zone, a no-fly zone, a withdrawal
 * area.
 *
 * @param id unique within the agreement
 * @param name title
 * @param parties parties bound
 * @param period when in force
 * @param activities prohibited activities
 * @param region the zone
 */
public record ZoneProvision(
    String id, String name, List<String> parties, EffectivePeriod period, Set<Activity> activities, Region region)
    implements Provision {
  /** Checks and freezes the fields. */
  public ZoneProvision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(region, "region");
    parties = List.copyOf(parties);
    activities = Set.copyOf(activities);
  }

  @Override
  public List<ProvisionElement> elements() {
    return List.of(new ProvisionElement(id, name, "zone", region));
  }

  @Override
  public String kindCode() {
    return "zone";
  }
}
