package org.trucewatch.core.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.core.observation.Activity;

/**
 * Places whose surroundings are watched, each with an alert radius: major cities and strategic
 * bases. A match raises an alert finding, not a possible violation, unless another provision
 * also covers it.
 *
 * @param id unique within the agreement
 * @param name title
 * @param parties parties the alerts concern
 * @param period when in force
 * @param activities activities that raise an alert
 * @param areas the places and their alert radii
 */
public record AlertAreaProvision(
    String id,
    String name,
    List<String> parties,
    EffectivePeriod period,
    Set<Activity> activities,
    List<ProtectedSite> areas)
    implements Provision {
  /** Checks and freezes the fields. */
  public AlertAreaProvision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    parties = List.copyOf(parties);
    activities = Set.copyOf(activities);
    areas = List.copyOf(areas);
  }

  @Override
  public List<ProvisionElement> elements() {
    return areas.stream()
        .map(s -> new ProvisionElement(id + "/" + s.id(), s.name(), s.category(), s.circle()))
        .toList();
  }

  @Override
  public String kindCode() {
    return "alert-areas";
  }

  @Override
  public boolean prohibits() {
    return false;
  }
}
