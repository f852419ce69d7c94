package org.trucewatch.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.maritime.AisGapDetector;
import org.trucewatch.core.maritime.ClosedAreaDetector;
import org.trucewatch.core.maritime.EncounterDetector;
import org.trucewatch.core.maritime.LoiteringDetector;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;

/**
 * The sea layer of a growing set of observations, kept across refreshes: each ship's track (per
 * MMSI) and what the detectors found on it. A refresh touches only the ships with new fixes, and of
 * each such track only what its new fixes can change: the fixes before the earliest new one stand
 * (all of them in the live case, where fixes come in time order; a late station's fixes cut in a
 * little earlier), the rest are read again with the new ones (the implausible-jump test needs only
 * the last plausible fix before them), and the detectors run again from a fix whose results cannot
 * change: loitering from the last fix that ends a slow run, closed areas from the last fix outside
 * them, silences from the last standing fix, encounter slot fixes from its slot. A new name or ship
 * type runs the ship's detectors again from its start. Encounters (pairs of ships) are found again over every ship's few slot fixes;
 * each gap's count of ships heard nearby is updated from the ships that changed.
 *
 * <p>The detections equal {@link MaritimeDetection#run} over the same observations: {@link
 * IncrementalPipeline}'s callers compare them with a batch run. Not thread-safe.
 */
final class IncrementalSeaLayer {
  private static final Comparator<Observation> TIME_THEN_ID =
      Comparator.comparing(Observation::eventTime).thenComparing(Observation::id);

  private final MaritimeRules rules;
  private final LoiteringDetector loitering;
  private final ClosedAreaDetector closedAreas;
  private final boolean anyClosedArea;
  private final AisGapDetector gaps;
  private final EncounterDetector encounters;
  /** The reception radius in degrees of latitude, rounded up. */
  private final double latitudeReach;
  private final TreeMap<Integer, Ship> ships = new TreeMap<>();
  private final List<Ship> changed = new ArrayList<>();
  /** The detections of the last {@link #detections} call. */
  private List<Observation> detections = List.of();

  /** The layer for this agreement's closed areas and corridors, under these rules. */
  IncrementalSeaLayer(Agreement agreement, MaritimeRules rules) {
    this.rules = rules;
    this.loitering = new LoiteringDetector(rules);
    this.closedAreas = new ClosedAreaDetector(agreement, rules);
    this.anyClosedArea = agreement.provisions().stream().anyMatch(
        p -> p instanceof org.trucewatch.core.agreement.ZoneProvision z && ClosedAreaDetector.isClosedArea(z));
    this.gaps = new AisGapDetector(rules);
    this.encounters = new EncounterDetector(rules);
    this.latitudeReach = rules.receptionRadiusMetres() / 110_000.0;
  }

  /**
   * The MMSI of a track point ({@code vessel} or {@code military-vessel} with a numeric {@code
   * mmsi}, as {@link VesselTrack#fromObservations} groups them), else null.
   */
  static Integer mmsiOf(Observation o) {
    OptionalInt mmsi = VesselTrack.trackedMmsi(o);
    return mmsi.isPresent() ? mmsi.getAsInt() : null;
  }


  /** Adds a track point of ship {@code mmsi} not added before; it counts from the next {@link #detections}. */
  void add(Observation o, int mmsi) {
    Ship s = ships.computeIfAbsent(mmsi, Ship::new);
    if (s.fresh.isEmpty()) {
      changed.add(s);
    }
    s.fresh.add(o);
  }

  /** The detections over every fix added so far, sorted by time then id. */
  List<Observation> detections() {
    if (changed.isEmpty()) {
      return detections;
    }
    for (Ship s : changed) {
      s.update();
    }
    List<Observation> out = new ArrayList<>();
    List<VesselTrack> slow = new ArrayList<>(ships.size());
    for (Ship s : ships.values()) {
      out.addAll(s.loitering);
      out.addAll(s.breaches);
      slow.add(new VesselTrack(s.mmsi, s.name, s.shipType, s.slotFixes));
    }
    out.addAll(encounters.detect(slow));
    for (Ship s : ships.values()) {
      VesselTrack identity = null;
      for (Silent q : s.silences) {
        if (q.heard == null) {
          q.heard = new HashSet<>();
          for (Ship other : ships.values()) {
            if (other != s) {
              hear(q, other, 0);
            }
          }
        } else {
          for (Ship other : changed) {
            if (other != s) {
              if (other.rebuilt) {
                q.heard.remove(other.mmsi);
              }
              hear(q, other, other.rebuilt ? 0 : other.appendedFrom);
            }
          }
        }
        if (q.gap == null || q.gapHeard != q.heard.size() || !q.gap.attributes().getOrDefault("name", "").equals(s.name)
            || !q.gap.attributes().getOrDefault("ship_type", "").equals(s.shipType == 0 ? "" : Integer.toString(s.shipType))) {
          if (identity == null) {
            identity = new VesselTrack(s.mmsi, s.name, s.shipType, List.of());
          }
          q.gap = gaps.gap(new AisGapDetector.Silence(identity, q.silence.before(), q.silence.after()), q.heard.size());
          q.gapHeard = q.heard.size();
        }
        out.add(q.gap);
      }
    }
    out.sort(TIME_THEN_ID);
    changed.clear();
    detections = List.copyOf(out);
    return detections;
  }

  /** Every ship's track, ascending MMSI, as {@link VesselTrack#fromObservations} makes them. */
  List<VesselTrack> tracks() {
    detections();
    List<VesselTrack> out = new ArrayList<>(ships.size());
    for (Ship s : ships.values()) {
      out.add(new VesselTrack(s.mmsi, s.name, s.shipType, s.points));
    }
    return out;
  }

  /** Adds {@code other} to the ships heard during {@code q} if one of its plausible fixes from {@code from} on shows it. */
  private void hear(Silent q, Ship other, int from) {
    if (q.heard.contains(other.mmsi)) {
      return;
    }
    long start = q.silence.before().time().toEpochMilli();
    long end = q.silence.after().time().toEpochMilli();
    int i = Arrays.binarySearch(other.times, 0, other.plausible.size(), start + 1);
    i = i < 0 ? -i - 1 : i;
    while (i > 0 && other.times[i - 1] > start) {
      i--;
    }
    double beforeLat = q.silence.before().position().y;
    double afterLat = q.silence.after().position().y;
    for (i = Math.max(i, from); i < other.plausible.size() && other.times[i] < end; i++) {
      TrackPoint p = other.plausible.get(i);
      // a degree of latitude is at least 110.5 km on the ellipsoid: farther in latitude from both ends
      // than the radius is out of reach, with no geodesic to solve
      double lat = p.position().y;
      if (Math.abs(lat - beforeLat) > latitudeReach && Math.abs(lat - afterLat) > latitudeReach) {
        continue;
      }
      if (gaps.heardDuring(q.silence, other.mmsi, p.time(), p.position())) {
        q.heard.add(other.mmsi);
        return;
      }
    }
  }

  /** A silence of one ship and the other ships heard nearby during it (null until counted). */
  private static final class Silent {
    final AisGapDetector.Silence silence;
    Set<Integer> heard;
    /** The gap observation as last made, and the count of ships heard it was made with. */
    Observation gap;
    int gapHeard;

    Silent(AisGapDetector.Silence silence) {
      this.silence = silence;
    }
  }

  /** One ship: its fixes, its track, and the detectors' results on it. */
  private final class Ship {
    final int mmsi;
    final List<Observation> fresh = new ArrayList<>();
    List<TrackPoint> points = new ArrayList<>();
    final List<TrackPoint> plausible = new ArrayList<>();
    long[] times = new long[16];
    TrackPoint lastGood;
    String name = "";
    int shipType;
    List<Observation> loitering = new ArrayList<>();
    List<Observation> breaches = new ArrayList<>();
    List<Silent> silences = new ArrayList<>();
    List<TrackPoint> slotFixes = new ArrayList<>();
    /** Whether the last update rebuilt the track rather than extending it. */
    boolean rebuilt;
    /** The first plausible fix the last update added, when it extended the track. */
    int appendedFrom;

    Ship(int mmsi) {
      this.mmsi = mmsi;
    }

    void update() {
      fresh.sort(TIME_THEN_ID);
      Observation first = fresh.get(0);
      // the fixes before the earliest new one stand; those after it are read again with the new ones
      int m = count(points, first);
      int n0 = count(plausible, first);
      boolean extend = m == points.size();
      List<Observation> tail = new ArrayList<>(points.size() - m + fresh.size() + 1);
      for (TrackPoint p : points.subList(m, points.size())) {
        tail.add(p.observation());
      }
      tail.addAll(fresh);
      tail.sort(TIME_THEN_ID);
      points.subList(m, points.size()).clear();
      plausible.subList(n0, plausible.size()).clear();
      lastGood = n0 == 0 ? null : plausible.get(n0 - 1);
      String name0 = name;
      int shipType0 = shipType;
      if (lastGood != null) {
        // the jump test needs only the last plausible fix before them: it leads the tail, as one track
        tail.add(0, lastGood.observation());
      }
      List<TrackPoint> added = VesselTrack.ofShip(mmsi, tail, rules.maxPlausibleSpeedKnots()).points();
      for (TrackPoint p : added.subList(lastGood == null ? 0 : 1, added.size())) {
        append(p);
      }
      if (extend) {
        for (Observation o : fresh) {
          name = o.attributes().getOrDefault("name", name);
          shipType = VesselTrack.shipType(o, shipType);
        }
      } else {
        // the last name and ship type in time order, as VesselTrack.ofShip takes them
        name = "";
        shipType = 0;
        for (TrackPoint p : points) {
          name = p.observation().attributes().getOrDefault("name", name);
          shipType = VesselTrack.shipType(p.observation(), shipType);
        }
      }
      fresh.clear();
      boolean renamed = !name.equals(name0) || shipType != shipType0;
      // another ship's silences count this one heard again from all its fixes unless it only grew
      rebuilt = !extend || renamed;
      appendedFrom = rebuilt ? 0 : n0;
      if (renamed) {
        n0 = 0;
      } else {
        // silences ending at a fix read again are found again
        silences.removeIf(q -> TIME_THEN_ID.compare(q.silence.after().observation(), first) >= 0);
      }
      detect(n0);
    }

    /** How many of these points (in time then id order) come before {@code o}. */
    private int count(List<TrackPoint> pts, Observation o) {
      int lo = 0;
      int hi = pts.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (TIME_THEN_ID.compare(pts.get(mid).observation(), o) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private void append(TrackPoint p) {
      points.add(p);
      if (!p.implausibleJump()) {
        if (plausible.size() == times.length) {
          times = Arrays.copyOf(times, times.length * 2);
        }
        times[plausible.size()] = p.time().toEpochMilli();
        plausible.add(p);
        lastGood = p;
      }
    }

    /** Runs the detectors again on what fixes from plausible fix {@code n0} on can change. */
    private void detect(int n0) {
      int n = plausible.size();
      // loitering: runs ended by a fix whose speed the new fixes cannot change (n0 - 2 or before) stand
      int from = 0;
      for (int i = n0 - 2; i > 0; i--) {
        if (!IncrementalSeaLayer.this.loitering.loiters(plausible, i) && times[i - 1] < times[i]) {
          from = i;
          break;
        }
      }
      loitering = redo(loitering, from, IncrementalSeaLayer.this.loitering.detect(List.of(track(from, n))));
      if (anyClosedArea) {
        from = 0;
        for (int i = n0 - 1; i > 0; i--) {
          if (!closedAreas.breaches(plausible.get(i)) && times[i - 1] < times[i]) {
            from = i;
            break;
          }
        }
        breaches = redo(breaches, from, closedAreas.detect(List.of(track(from, n))));
      }
      // silences between consecutive plausible fixes: the new ones start at the last old fix
      if (n0 == 0) {
        silences = new ArrayList<>();
      }
      for (AisGapDetector.Silence s : gaps.silences(track(Math.max(0, n0 - 1), n))) {
        silences.add(new Silent(s));
      }
      // encounter slot fixes: slots before the last old fix's stand (their fixes' speeds are settled)
      if (n0 == 0) {
        slotFixes = encounters.slotFixes(track(0, n));
      } else {
        long slot = EncounterDetector.slotOf(plausible.get(n0 - 1).time());
        int k = n0 - 1;
        while (k > 0 && EncounterDetector.slotOf(plausible.get(k - 1).time()) == slot) {
          k--;
        }
        List<TrackPoint> kept = new ArrayList<>(slotFixes.size() + 4);
        for (TrackPoint p : slotFixes) {
          if (EncounterDetector.slotOf(p.time()) < slot) {
            kept.add(p);
          }
        }
        for (TrackPoint p : encounters.slotFixes(track(Math.max(0, k - 1), n))) {
          if (EncounterDetector.slotOf(p.time()) >= slot) {
            kept.add(p);
          }
        }
        slotFixes = kept;
      }
    }

    /** The detections before plausible fix {@code from} kept, those after it replaced by {@code tail}. */
    private List<Observation> redo(List<Observation> old, int from, List<Observation> tail) {
      List<Observation> out = new ArrayList<>();
      if (from > 0) {
        // runs before the restart fix began strictly before its time (the restart is chosen so)
        for (Observation o : old) {
          if (o.eventTime().toEpochMilli() < times[from]) {
            out.add(o);
          }
        }
      }
      out.addAll(tail);
      return out;
    }

    private VesselTrack track(int from, int to) {
      return new VesselTrack(mmsi, name, shipType, plausible.subList(from, to));
    }
  }
}
