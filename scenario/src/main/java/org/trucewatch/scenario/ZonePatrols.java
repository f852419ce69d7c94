package org.trucewatch.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The mission's UAV patrols over a demilitarised zone: two aircraft per zone, two four-hour flights
 * each in daylight, a look every 20 minutes while flying up and down a 60 km stretch of the line.
 * Most looks see nothing, some see troops or vehicles outside the zone; a few see heavy weapons or
 * troops inside it (breaches, by both sides, each on its own side of the line) or heavy weapons just
 * outside its edge (near-misses, no breach).
 */
final class ZonePatrols {
  private record Slot(int uav, Instant time, double alongMetres) {}

  private static final int[][] FLIGHTS_UTC_MINUTES = {{5 * 60, 12 * 60}, {6 * 60 + 30, 13 * 60 + 30}};
  private static final String[] HEAVY = {"self-propelled howitzer", "main battle tank", "multiple rocket launcher",
      "towed howitzer"};

  private final ScenarioDraft draft;
  private final SplittableRandom rnd;
  private final Sides sides;
  private final ReportingSources sources;
  private final NamedPlaces places;

  ZonePatrols(ScenarioDraft draft, Sides sides, ReportingSources sources, NamedPlaces places) {
    this.draft = draft;
    this.rnd = draft.rnd;
    this.sides = sides;
    this.sources = sources;
    this.places = places;
  }

  /** Patrols every zone, UAVs numbered from 1 in the zones' order. */
  void simulate(List<ZoneProvision> zones) {
    for (int z = 0; z < zones.size(); z++) {
      patrol(zones.get(z), 2 * z + 1);
    }
  }

  private void patrol(ZoneProvision zone, int firstUav) {
    ZoneShape shape = ZoneShape.of(zone.region(), sides);
    String elementId = zone.elements().get(0).id();
    List<Slot> slots = schedule(shape, firstUav);
    int breachesPerSide = draft.window.scaledCount(2);
    int nearMissesPerSide = draft.window.scaledCount(1);
    // a seeded shuffle of slot numbers: the first ones carry the events
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      order.add(i);
    }
    for (int i = order.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Integer tmp = order.get(i);
      order.set(i, order.get(j));
      order.set(j, tmp);
    }
    boolean[] taken = new boolean[slots.size()];
    int next = 0;
    for (int i = 0; i < breachesPerSide; i++) {
      for (String party : sides.both()) {
        if (next < order.size()) {
          int k = order.get(next++);
          taken[k] = true;
          breach(zone, elementId, shape, slots, slots.get(k), party, i % 2 == 0 ? ObservationKind.HEAVY_WEAPON
              : ObservationKind.TROOPS);
        }
      }
    }
    for (int i = 0; i < nearMissesPerSide; i++) {
      for (String party : sides.both()) {
        if (next < order.size()) {
          int k = order.get(next++);
          taken[k] = true;
          nearMiss(zone, elementId, shape, slots.get(k), party);
        }
      }
    }
    for (int k = 0; k < slots.size(); k++) {
      if (!taken[k]) {
        routine(shape, slots.get(k));
      }
    }
  }

  /** The looks of every flight in the window, in time order. */
  private List<Slot> schedule(ZoneShape shape, int firstUav) {
    List<Slot> out = new ArrayList<>();
    double length = shape.line().lengthMetres();
    double stretch = Math.min(length, 60_000);
    LocalDate first = draft.window.start().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate last = draft.window.end().atZone(ZoneOffset.UTC).toLocalDate();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      Instant midnight = d.atStartOfDay(ZoneOffset.UTC).toInstant();
      for (int u = 0; u < FLIGHTS_UTC_MINUTES.length; u++) {
        for (int takeoff : FLIGHTS_UTC_MINUTES[u]) {
          double from = rnd.nextDouble() * (length - stretch);
          int looks = 12;
          for (int k = 0; k < looks; k++) {
            Instant t = midnight.plus(Duration.ofMinutes(takeoff + 10 + 20L * k + rnd.nextInt(4)));
            double x = (double) k / (looks - 1);
            // out along the stretch and back
            double along = from + stretch * (x < 0.5 ? 2 * x : 2 - 2 * x);
            if (draft.window.contains(t)) {
              out.add(new Slot(firstUav + u, t, along));
            }
          }
        }
      }
    }
    out.sort(Comparator.comparing(Slot::time).thenComparingInt(Slot::uav));
    return out;
  }

  private void breach(ZoneProvision zone, String elementId, ZoneShape shape, List<Slot> slots, Slot slot,
      String party, ObservationKind kind) {
    double offset = shape.depthMetres() * (0.1 + 0.75 * rnd.nextDouble());
    Coordinate at = shape.place(slot.alongMetres(), party, offset, true);
    for (int attempt = 0; attempt < 5 && !shape.contains(at); attempt++) {
      offset /= 2;
      at = shape.place(slot.alongMetres(), party, offset, true);
    }
    if (!shape.contains(at)) {
      at = shape.line().at(slot.alongMetres()).point();
    }
    String key = draft.addEvent(kind, slot.time(), at, zone, elementId, shape.region(), party);
    int count = kind == ObservationKind.HEAVY_WEAPON ? 1 + rnd.nextInt(4) : 8 + rnd.nextInt(23);
    String equipment = HEAVY[rnd.nextInt(HEAVY.length)];
    sighting(slot.uav(), slot.time(), at, kind, count, equipment, Optional.of(key));
    Optional<Slot> confirm = confirmation(slots, slot);
    if (confirm.isPresent() && rnd.nextBoolean()) {
      // the other aircraft of the pair is sent to look again, and counts for itself
      int recount = Math.max(1, count + rnd.nextInt(3) - 1);
      sighting(confirm.get().uav(), confirm.get().time(), at, kind, recount, equipment, Optional.of(key));
    }
  }

  /** The other aircraft's first look 15 to 90 minutes after {@code slot}, if it is flying then. */
  private static Optional<Slot> confirmation(List<Slot> slots, Slot slot) {
    for (Slot s : slots) {
      boolean later = s.time().isAfter(slot.time().plus(Duration.ofMinutes(15)))
          && !s.time().isAfter(slot.time().plus(Duration.ofMinutes(90)));
      if (later && s.uav() != slot.uav()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private void nearMiss(ZoneProvision zone, String elementId, ZoneShape shape, Slot slot, String party) {
    double beyond = 1_000 + rnd.nextDouble() * 3_000;
    Coordinate at = shape.place(slot.alongMetres(), party, beyond, false);
    for (int attempt = 0; attempt < 5 && shape.outsideMetres(at) < 800; attempt++) {
      beyond += 1_000;
      at = shape.place(slot.alongMetres(), party, beyond, false);
    }
    if (shape.outsideMetres(at) < 800) {
      routine(shape, slot);
      return;
    }
    String key = draft.addEvent(ObservationKind.HEAVY_WEAPON, slot.time(), at, zone, elementId, shape.region(), party);
    sighting(slot.uav(), slot.time(), at, ObservationKind.HEAVY_WEAPON, 1 + rnd.nextInt(3),
        HEAVY[rnd.nextInt(HEAVY.length)], Optional.of(key));
  }

  /** A look that finds nothing, or troops and vehicles where they may be: outside the zone. */
  private void routine(ZoneShape shape, Slot slot) {
    String party = sides.both().get(rnd.nextInt(2));
    if (rnd.nextDouble() < 0.18) {
      Coordinate at = shape.place(slot.alongMetres(), party, 4_000 + rnd.nextDouble() * 4_000, false);
      if (shape.outsideMetres(at) >= 3_000) {
        ObservationKind kind = rnd.nextDouble() < 0.6 ? ObservationKind.MILITARY_VEHICLE : ObservationKind.TROOPS;
        int count = kind == ObservationKind.TROOPS ? 5 + rnd.nextInt(40) : 1 + rnd.nextInt(8);
        sighting(slot.uav(), slot.time(), at, kind, count, "", Optional.empty());
        return;
      }
    }
    Coordinate at = shape.place(slot.alongMetres(), party, rnd.nextDouble() * 0.9 * shape.depthMetres(), true);
    if (!shape.contains(at)) {
      at = shape.line().at(slot.alongMetres()).point();
    }
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put("place", places.describe(at));
    attrs.put("note", "no military activity observed");
    draft.addDroneObservation(new SimulatedObservation(sources.missionUav(slot.uav()), ObservationKind.OTHER,
        slot.time(), at.y, at.x, 100 + 50 * rnd.nextInt(5), 2, Optional.empty(), Optional.empty(), attrs,
        Optional.empty()));
  }

  private void sighting(int uav, Instant t, Coordinate at, ObservationKind kind, int count, String equipment,
      Optional<String> key) {
    Coordinate seen = Geodesy.destination(at, rnd.nextDouble() * 360, rnd.nextDouble() * 30);
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put("place", places.describe(at));
    attrs.put("count", Integer.toString(count));
    if (kind == ObservationKind.HEAVY_WEAPON) {
      attrs.put("equipment", equipment);
    }
    draft.addDroneObservation(new SimulatedObservation(sources.missionUav(uav), kind, t, seen.y, seen.x,
        30 + 10 * rnd.nextInt(6), 2, Optional.empty(), Optional.empty(), attrs, key));
  }
}
