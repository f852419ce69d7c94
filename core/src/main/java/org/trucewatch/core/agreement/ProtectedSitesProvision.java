package org.trucewatch.core.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.core.observation.Activity;

/**
 * A moratorium on activities (usually strikes) at a list of sites, each with its radius: the
 * energy-strike moratorium over power plants, substations and refineries.
 *
 * @param id unique within the agreement
 * @param name title
 * @param parties parties bound
 * @param period when in force
 * @param activities prohibited activities
 * @param sites the protected sites, ids unique within the provision
 */
public record ProtectedSitesProvision(
    String id,
    String name,
    List<String> parties,
    EffectivePeriod period,
    Set<Activity> activities,
    List<ProtectedSite> sites)
    implements Provision {
  /** Checks and freezes the fields. */
  public ProtectedSitesProvision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    parties = List.copyOf(parties);
    activities = Set.copyOf(activities);
    sites = List.copyOf(sites);
  }

  @Override
  public List<ProvisionElement> elements() {
    return sites.stream()
        .map(s -> new ProvisionElement(id + "/" + s.id(), s.name(), s.category(), s.circle()))
        .toList();
  }

  @Override
  public String kindCode() {
    return "protected-sites";
  }
}
