package org.trucewatch.core.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.Activity;

/**
 * A maritime corridor for safe passage: a band around a centreline where attacks on shipping and
 * military vessels are prohibited.
 *
 * @param id unique within the agreement
 * @param name title
 * @param parties parties bound
 * @param period when in force
 * @param activities prohibited activities
 * @param band the corridor
 */
public record CorridorProvision(
    String id, String name, List<String> parties, EffectivePeriod period, Set<Activity> activities, LineBand band)
    implements Provision {
  /** Checks and freezes the fields. */
  public CorridorProvision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(band, "band");
    parties = List.copyOf(parties);
    activities = Set.copyOf(activities);
  }

  @Override
  public List<ProvisionElement> elements() {
    return List.of(new ProvisionElement(id, name, "corridor", band));
  }

  @Override
  public String kindCode() {
    return "corridor";
  }
}
