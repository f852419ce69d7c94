package org.trucewatch.core.maritime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;

/**
 * Finds encounters: two ships within {@link MaritimeRules#encounterMaxDistanceMetres}, both slower
 * than {@link MaritimeRules#encounterMaxSpeedKnots}, for at least {@link
 * MaritimeRules#encounterMinDuration} (Global Fishing Watch's definition: 500 m, 2 knots, 2 hours).
 *
 * <p>Time is cut into 10-minute slots; in each slot each ship's last slow fix stands for it, and
 * ships are paired through a grid of cells about 1 km across, so only neighbours are measured. A
 * pair close in consecutive slots (one missing slot is tolerated) forms a run; a run long enough
 * is an {@code encounter} observation for the lower MMSI, at the midpoint of the two ships when it
 * began, citing both ships' fixes, with {@code other_mmsi}, {@code encounter_start}, {@code
 * encounter_end}, {@code encounter_minutes}. Pure and deterministic.
 */
public final class EncounterDetector {
  private static final long SLOT_MILLIS = 600_000;
  private static final double CELL_DEGREES = 0.01;

  private final MaritimeRules rules;

  /** A detector with these rules. */
  public EncounterDetector(MaritimeRules rules) {
    this.rules = rules;
  }

  /** The encounters in these tracks, sorted by the lower MMSI, then the higher, then time. */
  public List<Observation> detect(List<VesselTrack> tracks) {
    Map<Integer, VesselTrack> byMmsi = new HashMap<>();
    TreeMap<Long, Map<Integer, TrackPoint>> slots = new TreeMap<>();
    for (VesselTrack t : tracks) {
      byMmsi.put(t.mmsi(), t);
      for (TrackPoint p : slotFixes(t)) {
        slots.computeIfAbsent(slotOf(p.time()), k -> new TreeMap<>()).put(t.mmsi(), p);
      }
    }
    TreeMap<String, Run> open = new TreeMap<>();
    List<Run> closed = new ArrayList<>();
    for (Map.Entry<Long, Map<Integer, TrackPoint>> slot : slots.entrySet()) {
      long s = slot.getKey();
      Map<Long, List<Integer>> grid = new HashMap<>();
      for (Map.Entry<Integer, TrackPoint> e : slot.getValue().entrySet()) {
        grid.computeIfAbsent(cell(e.getValue().position(), 0, 0), k -> new ArrayList<>()).add(e.getKey());
      }
      for (Map.Entry<Integer, TrackPoint> e : slot.getValue().entrySet()) {
        int a = e.getKey();
        TrackPoint pa = e.getValue();
        for (int dx = -1; dx <= 1; dx++) {
          for (int dy = -1; dy <= 1; dy++) {
            for (int b : grid.getOrDefault(cell(pa.position(), dx, dy), List.of())) {
              if (b <= a) {
                continue;
              }
              TrackPoint pb = slot.getValue().get(b);
              if (Geodesy.distanceMetres(pa.position(), pb.position()) > rules.encounterMaxDistanceMetres()) {
                continue;
              }
              String key = a + "/" + b;
              Run r = open.get(key);
              if (r == null || s - r.lastSlot > 2) {
                if (r != null) {
                  closed.add(r);
                }
                r = new Run(a, b, pa, pb);
                open.put(key, r);
              }
              r.lastSlot = s;
              r.lastA = pa;
              r.lastB = pb;
            }
          }
        }
      }
    }
    closed.addAll(open.values());
    closed.sort((x, y) -> x.a != y.a ? Integer.compare(x.a, y.a)
        : x.b != y.b ? Integer.compare(x.b, y.b) : x.firstA.time().compareTo(y.firstA.time()));
    List<Observation> out = new ArrayList<>();
    for (Run r : closed) {
      Instant start = min(r.firstA.time(), r.firstB.time());
      Instant end = max(r.lastA.time(), r.lastB.time());
      Duration d = Duration.between(start, end);
      if (d.compareTo(rules.encounterMinDuration()) < 0) {
        continue;
      }
      Coordinate mid = new Coordinate((r.firstA.position().x + r.firstB.position().x) / 2,
          (r.firstA.position().y + r.firstB.position().y) / 2);
      Map<String, String> attrs = new TreeMap<>();
      VesselTrack other = byMmsi.get(r.b);
      attrs.put("other_mmsi", Integer.toString(r.b));
      if (!other.name().isEmpty()) {
        attrs.put("other_name", other.name());
      }
      attrs.put("encounter_start", start.toString());
      attrs.put("encounter_end", end.toString());
      attrs.put("encounter_minutes", Long.toString(d.toMinutes()));
      out.add(DerivedObservation.of(ObservationKind.ENCOUNTER, byMmsi.get(r.a), start, mid,
          Credibility.POSSIBLY_TRUE, attrs, List.of(r.firstA, r.firstB, r.lastA, r.lastB)));
    }
    return out;
  }

  /**
   * The fixes that stand for this ship in encounters: in each 10-minute slot its last plausible fix
   * slower than {@link MaritimeRules#encounterMaxSpeedKnots}, carrying the speed it was judged by
   * (reported, or implied by its neighbours on the track), in time order. Encounters depend on a
   * track only through these and its MMSI, name and ship type: {@link #detect} over tracks made of
   * just these fixes gives the same encounters, which lets a keyed stream send each ship's few slow
   * fixes to the stage that pairs ships rather than its whole track.
   */
  public List<TrackPoint> slotFixes(VesselTrack t) {
    TreeMap<Long, TrackPoint> bySlot = new TreeMap<>();
    List<TrackPoint> pts = t.plausiblePoints();
    for (int i = 0; i < pts.size(); i++) {
      double knots = LoiteringDetector.speed(pts, i);
      if (knots < rules.encounterMaxSpeedKnots()) {
        TrackPoint p = pts.get(i);
        bySlot.put(slotOf(p.time()), new TrackPoint(p.observation(), p.time(), p.position(), knots, false));
      }
    }
    return List.copyOf(bySlot.values());
  }

  /** The 10-minute slot a time falls in, counted from the epoch. */
  public static long slotOf(Instant time) {
    return Math.floorDiv(time.toEpochMilli(), SLOT_MILLIS);
  }

  private static long cell(Coordinate c, int dx, int dy) {
    long x = (long) Math.floor(c.x / CELL_DEGREES) + dx;
    long y = (long) Math.floor(c.y / CELL_DEGREES) + dy;
    return (x << 32) ^ (y & 0xffffffffL);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static final class Run {
    final int a;
    final int b;
    final TrackPoint firstA;
    final TrackPoint firstB;
    TrackPoint lastA;
    TrackPoint lastB;
    long lastSlot;

    Run(int a, int b, TrackPoint pa, TrackPoint pb) {
      this.a = a;
      this.b = b;
      this.firstA = pa;
      this.firstB = pb;
    }
  }
}
