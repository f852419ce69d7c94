package org.trucewatch.core.observation;

import java.util.Locale;
import java.util.Optional;

/**
 * What an imagery or drone-video analyst (or model) says an object is: the class vocabulary of
 * air-layer detections, each with the observation kind it becomes.
 *
 * <p>A detection keeps its class in the observation attribute {@link #ATTRIBUTE}, so that
 * class-specific rules (a withdrawal line for artillery, a personnel limit at a checkpoint) can
 * be checked while the kind carries the activities every provision understands.
 */
public enum DetectionClass {
  /** Main battle tank. */
  MAIN_BATTLE_TANK("main-battle-tank", ObservationKind.HEAVY_WEAPON),
  /** Armoured vehicle other than a tank: infantry fighting vehicle, personnel carrier. */
  ARMOURED_VEHICLE("armoured-vehicle", ObservationKind.MILITARY_VEHICLE),
  /** Artillery: towed or self-propelled guns and howitzers, heavy mortars. */
  ARTILLERY("artillery", ObservationKind.HEAVY_WEAPON),
  /** Multiple rocket launcher. */
  MULTIPLE_ROCKET_LAUNCHER("multiple-rocket-launcher", ObservationKind.HEAVY_WEAPON),
  /** Air defence system: launcher or radar. */
  AIR_DEFENCE("air-defence", ObservationKind.HEAVY_WEAPON),
  /** Military truck, unarmoured. */
  MILITARY_TRUCK("military-truck", ObservationKind.MILITARY_VEHICLE),
  /** Military personnel on foot. */
  PERSONNEL("personnel", ObservationKind.TROOPS),
  /** A built fortification: bunker, firing position. */
  FORTIFICATION("fortification", ObservationKind.FORTIFICATION),
  /** Earthworks: trenches, berms, anti-tank ditches. */
  EARTHWORKS("earthworks", ObservationKind.FORTIFICATION),
  /** Military aircraft, on the ground or in flight. */
  AIRCRAFT("aircraft", ObservationKind.AIRCRAFT),
  /** Military vessel. */
  VESSEL("vessel", ObservationKind.MILITARY_VESSEL);

  /** The observation attribute holding the class code. */
  public static final String ATTRIBUTE = "class";

  private final String code;
  private final ObservationKind kind;

  DetectionClass(String code, ObservationKind kind) {
    this.code = code;
    this.kind = kind;
  }

  /** The code in files, e.g. {@code main-battle-tank}. */
  public String code() {
    return code;
  }

  /** The observation kind a detection of this class becomes. */
  public ObservationKind kind() {
    return kind;
  }

  /**
   * The class with this code; case, spaces and underscores are forgiven ({@code Main battle
   * tank}, {@code main_battle_tank}), and {@code air defense} is read as {@code air-defence}.
   *
   * @throws IllegalArgumentException listing the accepted codes
   */
  public static DetectionClass parse(String text) {
    String code = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (code.equals("air-defense")) {
      code = "air-defence";
    }
    for (DetectionClass c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (DetectionClass c : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.code);
    }
    throw new IllegalArgumentException("unknown class '" + text + "'; expected one of " + sb);
  }

  /** The class an observation carries in {@link #ATTRIBUTE}, empty when none or unreadable. */
  public static Optional<DetectionClass> of(Observation o) {
    String v = o.attributes().get(ATTRIBUTE);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(v));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The credibility (Admiralty 1-6) a detection confidence in [0, 1] gives: 0.9 and more
   * probably true (2), 0.7 possibly true (3), 0.5 doubtful (4), less improbable (5). A model's
   * confidence is never "confirmed" (1): that takes other sources.
   */
  public static int credibilityRating(double confidence) {
    if (confidence >= 0.9) {
      return 2;
    }
    if (confidence >= 0.7) {
      return 3;
    }
    if (confidence >= 0.5) {
      return 4;
    }
    return 5;
  }
}
