package org.trucewatch.core.fuse;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trucewatch.core.observation.DetectionClass;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * Which observations may be one event: a {@link KindLink} (distance, uncertainty cap, time window)
 * for each compatible pair of kinds, and none ("never") for the rest.
 *
 * <p>Rules beyond the kind table, which no configuration turns off because they say two things are
 * certainly different: air-layer detections (observations with a {@link DetectionClass}) link only
 * to detections of the same class, by {@link #detections}; two observations naming different ships
 * (attribute {@value #MMSI}) never link.
 *
 * <p>The defaults ({@link #DEFAULT}, documented in {@code docs/fusion.md}):
 *
 * <ul>
 *   <li>attacks: {@code thermal-anomaly}, {@code explosion}, {@code strike}, {@code shelling},
 *       {@code drone}, {@code aircraft}, {@code attack-on-vessel} and {@code other} (a casualty report)
 *       with each other: 3 km, up to 10 km more for uncertain places, 2 hours;
 *   <li>presence on the ground: {@code troops}, {@code military-vehicle}, {@code heavy-weapon},
 *       {@code fortification} with each other: the same;
 *   <li>the sea: {@code military-vessel}, {@code ais-gap}, {@code loitering}, {@code encounter},
 *       {@code closed-area-entry} and {@code vessel} each only with its own kind: the same;
 *   <li>detections of one class: 500 m, up to 500 m more, 72 hours (a position held for days);
 *   <li>every other pair never: a hot spot and a ship's detention are not one event.
 * </ul>
 *
 * @param pairs the link of each compatible kind pair; a pair absent here never links
 * @param detections the link of two detections of the same class
 * @param maxTimeWidening how far time uncertainty (attribute {@value IncidentFuser#TIME_UNCERTAINTY})
 *     may widen a window: half a day by default, so a report's "overnight" meets a pass at dawn
 *     while one vague report cannot glue a week together
 */
public record FusionParameters(Map<KindPair, KindLink> pairs, KindLink detections, Duration maxTimeWidening) {
  /** The attribute naming a ship (maritime detections, AIS-derived observations). */
  public static final String MMSI = "mmsi";

  /** The kinds that are signs of an attack, fused with each other by default. */
  public static final List<ObservationKind> ATTACK_KINDS = List.of(
      ObservationKind.THERMAL_ANOMALY, ObservationKind.EXPLOSION, ObservationKind.STRIKE, ObservationKind.SHELLING,
      ObservationKind.DRONE, ObservationKind.AIRCRAFT, ObservationKind.ATTACK_ON_VESSEL, ObservationKind.OTHER);
  /** The kinds that show forces on the ground, fused with each other by default. */
  public static final List<ObservationKind> PRESENCE_KINDS = List.of(
      ObservationKind.TROOPS, ObservationKind.MILITARY_VEHICLE, ObservationKind.HEAVY_WEAPON,
      ObservationKind.FORTIFICATION);
  /** The kinds of the sea layer, each fused only with its own kind by default. */
  public static final List<ObservationKind> SEA_KINDS = List.of(
      ObservationKind.MILITARY_VESSEL, ObservationKind.AIS_GAP, ObservationKind.LOITERING, ObservationKind.ENCOUNTER,
      ObservationKind.CLOSED_AREA_ENTRY, ObservationKind.VESSEL);

  /** The default link of attack and presence kinds: 3 km, up to 10 km more, 2 hours. */
  public static final KindLink EVENT_LINK = new KindLink(3_000, 10_000, Duration.ofHours(2));
  /** The default link of two detections of one class: 500 m, up to 500 m more, 72 hours. */
  public static final KindLink DETECTION_LINK = new KindLink(500, 500, Duration.ofHours(72));

  /** The defaults listed above. */
  public static final FusionParameters DEFAULT = defaults();

  /** Checks and freezes the fields. */
  public FusionParameters {
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(detections, "detections");
    Objects.requireNonNull(maxTimeWidening, "maxTimeWidening");
    if (maxTimeWidening.isNegative()) {
      throw new IllegalArgumentException("time widening must not be negative");
    }
    pairs = Collections.unmodifiableMap(new java.util.TreeMap<>(pairs));
  }

  /**
   * Two kinds, in kind order, so that (a, b) and (b, a) are one pair.
   *
   * @param first the kind of lower ordinal
   * @param second the other
   */
  public record KindPair(ObservationKind first, ObservationKind second) implements Comparable<KindPair> {
    /** Puts the kinds in order. */
    public KindPair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (first.ordinal() > second.ordinal()) {
        ObservationKind t = first;
        first = second;
        second = t;
      }
    }

    @Override
    public int compareTo(KindPair o) {
      int c = Integer.compare(first.ordinal(), o.first.ordinal());
      return c != 0 ? c : Integer.compare(second.ordinal(), o.second.ordinal());
    }

    /** "first + second", as configuration files name it. */
    @Override
    public String toString() {
      return first.code() + " + " + second.code();
    }
  }

  private static FusionParameters defaults() {
    Map<KindPair, KindLink> m = new java.util.TreeMap<>();
    for (List<ObservationKind> group : List.of(ATTACK_KINDS, PRESENCE_KINDS)) {
      for (ObservationKind a : group) {
        for (ObservationKind b : group) {
          m.put(new KindPair(a, b), EVENT_LINK);
        }
      }
    }
    for (ObservationKind k : SEA_KINDS) {
      m.put(new KindPair(k, k), EVENT_LINK);
    }
    return new FusionParameters(m, DETECTION_LINK, Duration.ofHours(12));
  }

  /** These parameters with the pair's link replaced, or removed ("never") when {@code link} is empty. */
  public FusionParameters with(ObservationKind a, ObservationKind b, Optional<KindLink> link) {
    Map<KindPair, KindLink> m = new java.util.TreeMap<>(pairs);
    if (link.isPresent()) {
      m.put(new KindPair(a, b), link.get());
    } else {
      m.remove(new KindPair(a, b));
    }
    return new FusionParameters(m, detections, maxTimeWidening);
  }

  /** These parameters with another detection link. */
  public FusionParameters withDetections(KindLink link) {
    return new FusionParameters(pairs, link, maxTimeWidening);
  }

  /** These parameters with another cap on time widening. */
  public FusionParameters withMaxTimeWidening(Duration widening) {
    return new FusionParameters(pairs, detections, widening);
  }

  /** The link of two kinds, empty when they never fuse. */
  public Optional<KindLink> rule(ObservationKind a, ObservationKind b) {
    return Optional.ofNullable(pairs.get(new KindPair(a, b)));
  }

  /**
   * The link that applies to two observations, empty when they can never be one event: their
   * kinds are incompatible, only one is a detection or they are detections of different classes,
   * or they name different ships.
   */
  public Optional<KindLink> linkOf(Observation a, Observation b) {
    Optional<DetectionClass> ca = DetectionClass.of(a);
    Optional<DetectionClass> cb = DetectionClass.of(b);
    if (ca.isPresent() || cb.isPresent()) {
      return ca.equals(cb) ? Optional.of(detections) : Optional.empty();
    }
    String ma = a.attributes().get(MMSI);
    String mb = b.attributes().get(MMSI);
    if (ma != null && mb != null && !ma.equals(mb)) {
      return Optional.empty();
    }
    return rule(a.kind(), b.kind());
  }

  /** The farthest apart two linked centres can be under any rule, metres: the search radius. */
  public double maxReachMetres() {
    double r = detections.reachMetres();
    for (KindLink l : pairs.values()) {
      r = Math.max(r, l.reachMetres());
    }
    return r;
  }

  /**
   * The farthest apart in time two linked observations can be under any rule, seconds: the
   * longest window plus the widest widening time uncertainty may add.
   */
  public long maxTimeReachSeconds() {
    long w = detections.window().getSeconds();
    for (KindLink l : pairs.values()) {
      w = Math.max(w, l.window().getSeconds());
    }
    return w + maxTimeWidening().getSeconds();
  }

  /** Every kind, with the kinds it may fuse with, for documentation and {@code --help}. */
  public Map<ObservationKind, List<ObservationKind>> compatibility() {
    EnumMap<ObservationKind, List<ObservationKind>> out = new EnumMap<>(ObservationKind.class);
    for (ObservationKind a : ObservationKind.values()) {
      List<ObservationKind> l = new java.util.ArrayList<>();
      for (ObservationKind b : ObservationKind.values()) {
        if (pairs.containsKey(new KindPair(a, b))) {
          l.add(b);
        }
      }
      out.put(a, List.copyOf(l));
    }
    return out;
  }
}
