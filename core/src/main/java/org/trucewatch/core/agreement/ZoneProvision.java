package org.trucewatch.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.core.geo.Region;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.DetectionClass;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * An area where activities are prohibited: a demilitarised zone, a no-fly zone, a withdrawal
 * area.
 *
 * <p>Besides its prohibited activities, a zone may prohibit detection classes inside it
 * ({@code prohibitedClasses}: earthworks, say), allow a limited number of personnel at listed
 * {@code checkpoints}, and hold weapon classes behind {@code withdrawals} lines at set distances
 * from its line. Elements: the zone itself ({@code id}), each withdrawal line ({@code
 * id/withdrawal-id}) and each checkpoint ({@code id/checkpoint-id}).
 *
 * @param id unique within the agreement
 * @param name title
 * @param parties parties bound
 * @param period when in force
 * @param activities prohibited activities
 * @param region the zone
 * @param prohibitedClasses detection classes prohibited inside the zone, beyond the activities
 * @param checkpoints checkpoints with personnel limits, in file order
 * @param withdrawals withdrawal lines, in file order
 */
public record ZoneProvision(
    String id,
    String name,
    List<String> parties,
    EffectivePeriod period,
    Set<Activity> activities,
    Region region,
    Set<DetectionClass> prohibitedClasses,
    List<Checkpoint> checkpoints,
    List<WithdrawalLine> withdrawals)
    implements Provision {
  /** The observation attribute giving how many objects or people a sighting shows. */
  public static final String COUNT = "count";
  /** The observation attribute giving a weapon's calibre, millimetres. */
  public static final String CALIBRE_MM = "calibre_mm";

  /** Checks and freezes the fields. */
  public ZoneProvision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(region, "region");
    parties = List.copyOf(parties);
    activities = Set.copyOf(activities);
    prohibitedClasses = Set.copyOf(prohibitedClasses);
    checkpoints = List.copyOf(checkpoints);
    withdrawals = List.copyOf(withdrawals);
  }

  /** A zone with prohibited activities only. */
  public ZoneProvision(
      String id, String name, List<String> parties, EffectivePeriod period, Set<Activity> activities, Region region) {
    this(id, name, parties, period, activities, region, Set.of(), List.of(), List.of());
  }

  @Override
  public List<ProvisionElement> elements() {
    List<ProvisionElement> out = new ArrayList<>();
    out.add(new ProvisionElement(id, name, "zone", region));
    for (WithdrawalLine w : withdrawals) {
      out.add(new ProvisionElement(id + "/" + w.id(), w.name(), "withdrawal-line", w.band()));
    }
    for (Checkpoint c : checkpoints) {
      out.add(new ProvisionElement(id + "/" + c.id(), c.name(), "checkpoint", c.area()));
    }
    return out;
  }

  /**
   * Inside the zone: a prohibited activity or class, except personnel within a checkpoint's limit
   * at that checkpoint. Short of a withdrawal line: a class (and calibre) it holds back. At a
   * checkpoint: more personnel than its limit.
   */
  @Override
  public boolean covers(String elementId, Observation o) {
    Optional<DetectionClass> cls = DetectionClass.of(o);
    if (elementId.equals(id)) {
      if (isPersonnel(o) && withinCheckpointLimit(o)) {
        return false;
      }
      return Provision.super.covers(elementId, o) || (cls.isPresent() && prohibitedClasses.contains(cls.get()));
    }
    for (WithdrawalLine w : withdrawals) {
      if (elementId.equals(id + "/" + w.id())) {
        return cls.isPresent() && w.appliesTo(cls.get(), number(o, CALIBRE_MM));
      }
    }
    for (Checkpoint c : checkpoints) {
      if (elementId.equals(id + "/" + c.id())) {
        return isPersonnel(o) && count(o) > c.maxPersonnel();
      }
    }
    return false;
  }

  private boolean withinCheckpointLimit(Observation o) {
    for (Checkpoint c : checkpoints) {
      if (c.area().touches(o.geometry()) && count(o) <= c.maxPersonnel()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPersonnel(Observation o) {
    Optional<DetectionClass> cls = DetectionClass.of(o);
    return cls.isPresent() ? cls.get() == DetectionClass.PERSONNEL : o.kind() == ObservationKind.TROOPS;
  }

  /** The sighting's count; one when not given (a sighting shows at least one). */
  static long count(Observation o) {
    double n = number(o, COUNT);
    return Double.isNaN(n) ? 1 : (long) Math.ceil(n);
  }

  private static double number(Observation o, String key) {
    String v = o.attributes().get(key);
    if (v == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  @Override
  public String kindCode() {
    return "zone";
  }
}
