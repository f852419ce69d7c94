package org.trucewatch.core.observation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an observation says was seen or reported, and which activities that shows.
 *
 * <p>Some kinds show an activity only indirectly: a satellite thermal anomaly near a power plant
 * may be a strike, a flare or a field fire. Assessment grades findings that rest only on indirect
 * evidence lower.
 */
public enum ObservationKind {
  /** A satellite thermal anomaly (a fire or a hot spot); indirect evidence of a strike. */
  THERMAL_ANOMALY("thermal-anomaly", EnumSet.of(Activity.STRIKE), false),
  /** An explosion seen or heard. */
  EXPLOSION("explosion", EnumSet.of(Activity.STRIKE), true),
  /** A strike reported or seen: missile, drone or bomb impact. */
  STRIKE("strike", EnumSet.of(Activity.STRIKE), true),
  /** Artillery or rocket fire landing. */
  SHELLING("shelling", EnumSet.of(Activity.STRIKE, Activity.HEAVY_WEAPONS), true),
  /** A military drone in flight. */
  DRONE("drone", EnumSet.of(Activity.MILITARY_FLIGHT), true),
  /** A military aircraft in flight. */
  AIRCRAFT("aircraft", EnumSet.of(Activity.MILITARY_FLIGHT), true),
  /** Troops on the ground. */
  TROOPS("troops", EnumSet.of(Activity.MILITARY_PRESENCE), true),
  /** Military vehicles other than heavy weapons. */
  MILITARY_VEHICLE("military-vehicle", EnumSet.of(Activity.MILITARY_PRESENCE), true),
  /** Heavy weapons: artillery, launchers, tanks, air defence. */
  HEAVY_WEAPON("heavy-weapon", EnumSet.of(Activity.HEAVY_WEAPONS, Activity.MILITARY_PRESENCE), true),
  /** A military vessel. */
  MILITARY_VESSEL("military-vessel", EnumSet.of(Activity.MILITARY_PRESENCE), true),
  /** Field fortifications or earthworks: trenches, bunkers, berms (from imagery). */
  FORTIFICATION("fortification", EnumSet.of(Activity.MILITARY_PRESENCE), true),
  /** An attack on a ship. */
  ATTACK_ON_VESSEL("attack-on-vessel", EnumSet.of(Activity.STRIKE), true),
  /** A civilian vessel position or report; shows no prohibited activity by itself. */
  VESSEL("vessel", EnumSet.noneOf(Activity.class), true),
  /** A ship's AIS silent for longer than the rules allow ("going dark"), from its track. */
  AIS_GAP("ais-gap", EnumSet.of(Activity.NAVIGATION_BREACH), false),
  /** A ship lingering at low speed for hours, from its track. */
  LOITERING("loitering", EnumSet.of(Activity.NAVIGATION_BREACH), false),
  /** Two ships close together at low speed for hours (a possible transfer), from their tracks. */
  ENCOUNTER("encounter", EnumSet.of(Activity.NAVIGATION_BREACH), false),
  /**
   * A ship's AIS positions inside a sea area closed to shipping and outside every corridor, for
   * long enough not to be one stray fix; shown by its own position reports.
   */
  CLOSED_AREA_ENTRY("closed-area-entry", EnumSet.of(Activity.NAVIGATION), true),
  /** Anything else worth recording; shows no prohibited activity by itself. */
  OTHER("other", EnumSet.noneOf(Activity.class), true);

  private final String code;
  private final Set<Activity> activities;
  private final boolean direct;

  ObservationKind(String code, Set<Activity> activities, boolean direct) {
    this.code = code;
    this.activities = activities;
    this.direct = direct;
  }

  /** The code used in files, e.g. {@code thermal-anomaly}. */
  public String code() {
    return code;
  }

  /** The activities this kind of observation shows (unmodifiable). */
  public Set<Activity> activities() {
    return java.util.Collections.unmodifiableSet(activities);
  }

  /** Whether the observation shows its activities directly, rather than as a sign of them. */
  public boolean direct() {
    return direct;
  }

  /**
   * The kind with this code.
   *
   * @throws IllegalArgumentException listing the accepted codes
   */
  public static ObservationKind parse(String code) {
    for (ObservationKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (ObservationKind k : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(k.code);
    }
    throw new IllegalArgumentException("unknown kind '" + code + "'; expected one of " + sb);
  }
}
