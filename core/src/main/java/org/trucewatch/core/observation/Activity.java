package org.trucewatch.core.observation;

import java.util.Locale;

/** What an agreement can prohibit, and what observations can show happening. */
public enum Activity {
  /** Strikes: missiles, drones, artillery, bombs hitting a place. */
  STRIKE,
  /** Armed forces present: troops, military vehicles or vessels. */
  MILITARY_PRESENCE,
  /** Heavy weapons: artillery, rocket launchers, tanks, air defence. */
  HEAVY_WEAPONS,
  /** Military aircraft or drones in flight. */
  MILITARY_FLIGHT,
  /**
   * Breaking a sea area's navigation rules: switching AIS off, loitering by protected offshore
   * infrastructure, meeting another ship at sea (shown indirectly, by AIS track analysis).
   */
  NAVIGATION_BREACH,
  /**
   * Any ship sailing or lying in the area outside an agreed corridor: a zone prohibiting it is a
   * sea area closed to shipping.
   */
  NAVIGATION;

  /** The code used in files: lower case with hyphens, e.g. {@code military-flight}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The activity with this code.
   *
   * @throws IllegalArgumentException listing the accepted codes
   */
  public static Activity parse(String code) {
    for (Activity a : values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Activity a : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(a.code());
    }
    throw new IllegalArgumentException("unknown activity '" + code + "'; expected one of " + sb);
  }
}
