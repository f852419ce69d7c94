package org.trucewatch.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Checkpoint;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.DetectionClass;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.formats.track.TimedPosition;

/**
 * Simulates the air layer over each zone drawn along a line: two mission drones flying parallel
 * lanes over the first 60 % of the zone (the rest is never patrolled), the objects they find,
 * some prohibited inside the zone and some just outside it, low-confidence false positives, and a
 * daily satellite image behind the line with weapons either side of the withdrawal distance.
 *
 * <p>A drone detects an object each time a lane of its track passes within half its swath of it
 * (less 50 m), at the time of the nearest fix. The truth records each planted object with the
 * same tests assessment makes (inside an element of the zone, an element that covers its class,
 * in force, seen at least once). Randomness comes from its own {@link SplittableRandom}, so the
 * rest of the scenario draws exactly as before. See {@code docs/scenario.md}.
 */
final class AirPatrols {
  /** Share of each zone's length that is patrolled. */
  static final double PATROLLED_SHARE = 0.6;
  /** The drones' sensor ground footprint width, metres. */
  static final double SWATH_WIDTH_METRES = 5_000;
  private static final double SPEED_METRES_PER_SECOND = 150 / 3.6;
  private static final String SATELLITE = "commercial-sat-1";

  private final Agreement agreement;
  private final Sides sides;
  private final SplittableRandom rnd;
  private final List<AirScenario.Sortie> sorties = new ArrayList<>();
  private final List<AirScenario.AirDetection> detections = new ArrayList<>();
  private final List<Planted> planted = new ArrayList<>();
  private final List<AirScenario.AirPatrolPlanView> plans = new ArrayList<>();
  private final TreeMap<String, Source> sources = new TreeMap<>();

  private record Planted(String key, DetectionClass cls, int count, double calibre, Coordinate at, String by,
      ZoneProvision zone, String nearElementId, List<Instant> seen) {}

  AirPatrols(Agreement agreement, long seed) {
    this.agreement = agreement;
    this.sides = Sides.of(agreement);
    this.rnd = new SplittableRandom(seed ^ 0x41495220L); // "AIR ": apart from the ground scenario's draws
  }

  /** The air layer of the window. */
  AirScenario generate(TimeWindow window) {
    int zoneNo = 0;
    for (Provision p : agreement.provisions()) {
      if (p instanceof ZoneProvision z && z.region() instanceof LineBand band) {
        zone(z, band, zoneNo++, window);
      }
    }
    return finish(window);
  }

  private void zone(ZoneProvision z, LineBand band, int zoneNo, TimeWindow window) {
    AirPatrolPlan plan = new AirPatrolPlan(z.id(), band, PATROLLED_SHARE, SWATH_WIDTH_METRES);
    plans.add(new AirScenario.AirPatrolPlanView(z.id(), plan));
    String[] drones = {
      String.format(Locale.ROOT, "mission-drone-%d", 2 * zoneNo + 1),
      String.format(Locale.ROOT, "mission-drone-%d", 2 * zoneNo + 2)};
    for (String d : drones) {
      sources.put(d, new Source(d, "Mission drone " + d.substring(d.lastIndexOf('-') + 1) + " (EO/IR, "
          + (int) (SWATH_WIDTH_METRES / 1000) + " km swath)", Reliability.B, Optional.empty()));
    }
    int lanes = plan.laneOffsetsMetres.size();
    int half = lanes / 2;
    // each lane flown is a list of fixes; sightings are per lane, so adjacent lanes see an object twice
    List<List<TimedPosition>> flown = new ArrayList<>();
    List<String> flownBy = new ArrayList<>();
    for (Instant day = window.start(); day.isBefore(window.end()); day = day.plus(Duration.ofDays(1))) {
      Instant dayStart = day;
      for (int d = 0; d < 2; d++) {
        int from = d == 0 ? 0 : half;
        int to = d == 0 ? half : lanes;
        Instant t = dayStart.plus(Duration.ofMinutes(300 + 40 * d + rnd.nextInt(20)));
        List<TimedPosition> fixes = new ArrayList<>();
        boolean forward = true;
        for (int k = from; k < to; k++) {
          List<Coordinate> lane = new ArrayList<>(plan.lane(k));
          if (!forward) {
            java.util.Collections.reverse(lane);
          }
          List<TimedPosition> laneFixes = new ArrayList<>();
          for (Coordinate c : lane) {
            if (!fixes.isEmpty()) {
              TimedPosition last = fixes.get(fixes.size() - 1);
              double m = Geodesy.distanceMetres(new Coordinate(last.lon(), last.lat()), c);
              t = last.time().plusSeconds(Math.max(1, Math.round(m / SPEED_METRES_PER_SECOND)));
            }
            TimedPosition fix = new TimedPosition(t, Decimals.round(c.x, 5), Decimals.round(c.y, 5));
            fixes.add(fix);
            laneFixes.add(fix);
          }
          flown.add(laneFixes);
          flownBy.add(drones[d]);
          forward = !forward;
        }
        List<TimedPosition> inWindow = fixes.stream().filter(f -> window.contains(f.time())).toList();
        if (inWindow.size() >= 2) {
          sorties.add(new AirScenario.Sortie(drones[d], SWATH_WIDTH_METRES, inWindow));
        }
      }
    }
    plant(z, band, plan, flown, flownBy, window);
  }

  private void plant(ZoneProvision z, LineBand band, AirPatrolPlan plan, List<List<TimedPosition>> flown,
      List<String> flownBy, TimeWindow window) {
    ZoneShape.Band shape = new ZoneShape.Band(band, new MeasuredLine(band.centreline().getCoordinates()), sides);
    double length = new MeasuredLine(band.centreline().getCoordinates()).lengthMetres();
    double h = band.halfWidthMetres();
    String east = sides.east();
    String west = sides.west();
    // inside, near the line between the two drones' lanes: seen by both
    double mid = (plan.laneOffsetsMetres.get(plan.laneOffsetsMetres.size() / 2 - 1)
        + plan.laneOffsetsMetres.get(plan.laneOffsetsMetres.size() / 2)) / 2;
    Coordinate nearLine = firstInside(plan, band, length, 0.18, s -> {
      MeasuredLine.Station st = plan.smoothed.at(s);
      return Geodesy.destination(st.point(), MeasuredLine.eastwardNormal(st), mid);
    });
    if (nearLine != null) {
      plantObject(z, DetectionClass.ARTILLERY, 4, 152, nearLine, sideOf(plan, nearLine), z.id(), flown, flownBy);
    }
    plantObject(z, DetectionClass.MULTIPLE_ROCKET_LAUNCHER, 2, 122,
        atDistance(shape, band, length * 0.30, west, h * (0.55 + 0.2 * rnd.nextDouble())), west, z.id(), flown, flownBy);
    plantObject(z, DetectionClass.EARTHWORKS, 1, Double.NaN,
        atDistance(shape, band, length * 0.40, east, h * (0.3 + 0.3 * rnd.nextDouble())), east, z.id(), flown, flownBy);
    // just outside: 0.6 to 1.8 km beyond the edge, measured to the nearest point of the line
    plantObject(z, DetectionClass.MAIN_BATTLE_TANK, 3, 125,
        atDistance(shape, band, length * 0.25, west, h + 600 + 1200 * rnd.nextDouble()), west, z.id(), flown, flownBy);
    plantObject(z, DetectionClass.ARMOURED_VEHICLE, 5, Double.NaN,
        atDistance(shape, band, length * 0.45, east, h + 600 + 1200 * rnd.nextDouble()), east, z.id(), flown, flownBy);
    for (Checkpoint c : z.checkpoints()) {
      if (plan.patrolled(c.area().centre())) {
        Coordinate at = Geodesy.destination(c.area().centre(), rnd.nextDouble() * 360, c.area().radiusMetres() * 0.3);
        plantObject(z, DetectionClass.PERSONNEL, c.maxPersonnel() + 8, Double.NaN, at, sideOf(plan, at),
            z.id() + "/" + c.id(), flown, flownBy);
        break;
      }
    }
    falsePositives(z, shape, length, plan, flown, flownBy);
    satelliteImage(z, shape, length, window);
  }

  /** The first point (trying along the line from {@code share}) inside the zone and patrolled. */
  private static Coordinate firstInside(AirPatrolPlan plan, LineBand band, double length, double share,
      java.util.function.DoubleFunction<Coordinate> at) {
    for (double f = share; f < PATROLLED_SHARE - 0.05; f += 0.01) {
      Coordinate c = at.apply(plan.smoothed.lengthMetres() * f);
      double d = band.distanceFromCentrelineMetres(Geodesy.WGS84.createPoint(c));
      if (d > 1_000 && d < band.halfWidthMetres() - 1_000 && plan.patrolled(c)) {
        return c;
      }
    }
    return null;
  }

  private String sideOf(AirPatrolPlan plan, Coordinate c) {
    MeasuredLine.Station st = plan.smoothed.at(plan.alongMetres(c));
    double toPoint = Geodesy.azimuthDegrees(st.point(), c);
    double east = MeasuredLine.eastwardNormal(st);
    return Math.cos(Math.toRadians(toPoint - east)) >= 0 ? sides.east() : sides.west();
  }

  private void plantObject(ZoneProvision z, DetectionClass cls, int count, double calibre, Coordinate at, String by,
      String nearElement, List<List<TimedPosition>> flown, List<String> flownBy) {
    String key = "obj-" + planted.size();
    List<Instant> seen = new ArrayList<>();
    for (int i = 0; i < flown.size(); i++) {
      Optional<Instant> when = pass(flown.get(i), at);
      if (when.isPresent()) {
        seen.add(when.get());
        detections.add(new AirScenario.AirDetection(when.get(), flownBy.get(i), "EO/IR turret", cls.code(),
            Decimals.round(0.78 + 0.19 * rnd.nextDouble(), 2), count, calibre, jitter(at, 30), null, key));
      }
    }
    planted.add(new Planted(key, cls, count, calibre, at, by, z, nearElement, seen));
  }

  /** When a lane passes within half a swath (less 50 m) of {@code at}: the nearest fix's time. */
  private static Optional<Instant> pass(List<TimedPosition> lane, Coordinate at) {
    Coordinate[] cs = lane.stream().map(f -> new Coordinate(f.lon(), f.lat())).toArray(Coordinate[]::new);
    if (cs.length < 2 || Geodesy.distanceToPolylineMetres(at, cs) > SWATH_WIDTH_METRES / 2 - 50) {
      return Optional.empty();
    }
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < cs.length; i++) {
      double d = Geodesy.distanceMetres(at, cs[i]);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return Optional.of(lane.get(best).time());
  }

  private void falsePositives(ZoneProvision z, ZoneShape.Band shape, double length, AirPatrolPlan plan,
      List<List<TimedPosition>> flown, List<String> flownBy) {
    DetectionClass[] looksLike = {DetectionClass.ARMOURED_VEHICLE, DetectionClass.ARTILLERY,
        DetectionClass.AIR_DEFENCE, DetectionClass.MAIN_BATTLE_TANK};
    int made = 0;
    for (int attempt = 0; attempt < 40 && made < 4 * Math.max(1, flown.size() / 16); attempt++) {
      String party = rnd.nextBoolean() ? sides.east() : sides.west();
      Coordinate at = shape.place(length * (0.05 + 0.5 * rnd.nextDouble()), party,
          shape.depthMetres() * 0.9 * rnd.nextDouble(), true);
      for (int i = 0; i < flown.size(); i++) {
        Optional<Instant> when = pass(flown.get(i), at);
        if (when.isPresent()) {
          DetectionClass c = looksLike[rnd.nextInt(looksLike.length)];
          detections.add(new AirScenario.AirDetection(when.get(), flownBy.get(i), "EO/IR turret", c.code(),
              Decimals.round(0.15 + 0.25 * rnd.nextDouble(), 2), 1, Double.NaN, at, null, null));
          made++;
          break;
        }
      }
    }
  }

  /** A daily image 38-62 km behind the line on the eastern side, with weapons either side of 50 km. */
  private void satelliteImage(ZoneProvision z, ZoneShape.Band shape, double length, TimeWindow window) {
    String east = sides.east();
    double h = shape.depthMetres();
    // either side of the 50 km artillery line, and a launcher short of the 70 km one, measured to
    // the nearest point of the line (a border's bends bring it nearer than the perpendicular says);
    // the frame is taken where the three lie close together and the image stays clear of the zone
    List<Object[]> objects = null;
    Coordinate[] ring = null;
    for (double f = 0.35; f < 0.95 && ring == null; f += 0.05) {
      double s = length * f;
      List<Object[]> candidate = List.of(
          new Object[] {DetectionClass.ARTILLERY, 6, 152.0, atDistance(shape, z, s - 3_000, east, 46_000)},
          new Object[] {DetectionClass.ARTILLERY, 6, 152.0, atDistance(shape, z, s + 3_000, east, 54_000)},
          new Object[] {DetectionClass.MULTIPLE_ROCKET_LAUNCHER, 3, 220.0, atDistance(shape, z, s, east, 58_000)});
      org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope();
      for (Object[] o : candidate) {
        env.expandToInclude((Coordinate) o[3]);
      }
      env.expandBy(0.06, 0.04); // a frame a few kilometres wider than the three positions
      Coordinate[] r = {
        new Coordinate(Decimals.round(env.getMinX(), 5), Decimals.round(env.getMinY(), 5)),
        new Coordinate(Decimals.round(env.getMaxX(), 5), Decimals.round(env.getMinY(), 5)),
        new Coordinate(Decimals.round(env.getMaxX(), 5), Decimals.round(env.getMaxY(), 5)),
        new Coordinate(Decimals.round(env.getMinX(), 5), Decimals.round(env.getMaxY(), 5)), null};
      r[4] = r[0];
      boolean compact = env.getWidth() < 0.6 && env.getHeight() < 0.4;
      if (compact && z.region().distanceMetres(Geodesy.WGS84.createPolygon(r)) > 2_000) {
        objects = candidate;
        ring = r;
      }
    }
    if (ring == null) {
      return; // no stretch of this line has room behind it for the image
    }
    final Coordinate[] frame = ring;
    sources.put(SATELLITE, new Source(SATELLITE, "Commercial satellite imagery (0.5 m)", Reliability.B, Optional.empty()));
    List<String> keys = new ArrayList<>();
    for (Object[] o : objects) {
      String key = "obj-" + planted.size();
      keys.add(key);
      // the element it nearly breaches, when it is behind its line: the withdrawal line for its class
      String near = z.id();
      for (org.trucewatch.core.agreement.WithdrawalLine w : z.withdrawals()) {
        if (w.appliesTo((DetectionClass) o[0], (Double) o[2])) {
          near = z.id() + "/" + w.id();
          break;
        }
      }
      planted.add(new Planted(key, (DetectionClass) o[0], (Integer) o[1], (Double) o[2], (Coordinate) o[3], east, z,
          near, new ArrayList<>()));
    }
    for (Instant day = window.start(); day.isBefore(window.end()); day = day.plus(Duration.ofDays(1))) {
      Instant t = day.plus(Duration.ofMinutes(640 + rnd.nextInt(20)));
      if (!window.contains(t)) {
        continue;
      }
      detections.add(new AirScenario.AirDetection(t, SATELLITE, "EO 0.5 m", null, 0, 0, Double.NaN, null,
          frame.clone(), null));
      for (int i = 0; i < objects.size(); i++) {
        Planted p = planted.get(planted.size() - objects.size() + i);
        p.seen().add(t);
        detections.add(new AirScenario.AirDetection(t, SATELLITE, "EO 0.5 m", p.cls().code(),
            Decimals.round(0.82 + 0.12 * rnd.nextDouble(), 2), p.count(), p.calibre(), jitter(p.at(), 15), null,
            keys.get(i)));
      }
    }
  }

  /**
   * A point on {@code party}'s side, set out at right angles from {@code along} metres down the
   * line, whose geodesic distance to the nearest point of the line is {@code metres} (to 20 m):
   * the offset is found by bisection, since a winding line may come nearer elsewhere.
   */
  private static Coordinate atDistance(ZoneShape.Band shape, LineBand band, double along, String party, double metres) {
    double lo = 0;
    double hi = metres * 4;
    Coordinate best = shape.place(along, party, metres, true);
    for (int i = 0; i < 40 && hi - lo > 1; i++) {
      double mid = (lo + hi) / 2;
      best = shape.place(along, party, mid, true);
      double d = band.distanceFromCentrelineMetres(Geodesy.WGS84.createPoint(best));
      if (Math.abs(d - metres) < 20) {
        break;
      }
      if (d < metres) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return best;
  }

  private static Coordinate atDistance(ZoneShape.Band shape, ZoneProvision z, double along, String party, double metres) {
    return atDistance(shape, (LineBand) z.region(), along, party, metres);
  }

  private Coordinate jitter(Coordinate c, double metres) {
    Coordinate j = Geodesy.destination(c, rnd.nextDouble() * 360, metres * rnd.nextDouble());
    return new Coordinate(Decimals.round(j.x, 5), Decimals.round(j.y, 5));
  }

  private AirScenario finish(TimeWindow window) {
    List<Planted> ordered = new ArrayList<>(planted);
    ordered.sort(Comparator.comparing((Planted p) -> p.seen().isEmpty() ? window.start() : p.seen().stream()
        .min(Comparator.naturalOrder()).orElseThrow()).thenComparing(p -> Integer.parseInt(p.key().substring(4))));
    Map<String, String> ids = new TreeMap<>();
    List<TruthEvent> truth = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Planted p = ordered.get(i);
      String id = String.format(Locale.ROOT, "air-%04d", i + 1);
      ids.put(p.key(), id);
      Instant first = p.seen().isEmpty() ? window.start() : p.seen().stream().min(Comparator.naturalOrder()).orElseThrow();
      String element = p.nearElementId();
      boolean breaches = false;
      Observation probe = probe(p, first);
      for (ProvisionElement e : p.zone().elements()) {
        if (e.region().touches(probe.geometry()) && p.zone().covers(e.id(), probe) && p.zone().period().contains(first)) {
          breaches = true;
          element = e.id();
          break;
        }
      }
      // only the sightings inside the window are in the inputs
      int written = (int) p.seen().stream().filter(window::contains).count();
      truth.add(new TruthEvent(id, p.cls().kind().code(), first, Decimals.round(p.at().y, 5),
          Decimals.round(p.at().x, 5), p.zone().id(), element, p.by(), breaches && written > 0, written));
    }
    List<AirScenario.AirDetection> ds = new ArrayList<>();
    for (AirScenario.AirDetection d : detections) {
      if (window.contains(d.time())) {
        ds.add(new AirScenario.AirDetection(d.time(), d.platform(), d.sensor(), d.cls(), d.confidence(), d.count(),
            d.calibreMillimetres(), d.position(), d.footprint(), d.eventId() == null ? null : ids.get(d.eventId())));
      }
    }
    ds.sort(Comparator.comparing(AirScenario.AirDetection::time).thenComparing(AirScenario.AirDetection::platform)
        .thenComparingDouble(d -> d.position() == null ? d.footprint()[0].x : d.position().x)
        .thenComparingDouble(d -> d.position() == null ? d.footprint()[0].y : d.position().y));
    sorties.sort(Comparator.comparing(AirScenario.Sortie::platform).thenComparing(s -> s.fixes().get(0).time()));
    return new AirScenario(sorties, ds, truth, plans, List.copyOf(sources.values()));
  }

  /** The planted object as a detection would show it, for the truth's breach test. */
  private static Observation probe(Planted p, Instant t) {
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put(DetectionClass.ATTRIBUTE, p.cls().code());
    attrs.put("count", Integer.toString(p.count()));
    if (!Double.isNaN(p.calibre())) {
      attrs.put("calibre_mm", Decimals.text(p.calibre(), 0));
    }
    return Observation.of("truth", p.cls().kind(), t, Geodesy.WGS84.createPoint(p.at()), 0, Credibility.PROBABLY_TRUE,
        attrs, Casualties.NONE, new Provenance("0".repeat(64), "truth", 0));
  }
}
