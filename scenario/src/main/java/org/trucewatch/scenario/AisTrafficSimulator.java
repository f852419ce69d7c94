package org.trucewatch.scenario;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.maritime.ClosedAreaDetector;
import org.trucewatch.formats.ais.AisNmeaWriter;
import org.trucewatch.formats.ais.ShipDimensions;

/**
 * Simulates a day of Black Sea AIS traffic as a shore network would log it: NMEA 0183 with NMEA
 * 4.0 tag blocks (station, UNIX time), in time order. 321 ships (323 with a closed sea area):
 * merchant ships sailing the agreement's corridor both ways, ships crossing between other ports, ships at anchor off the
 * ports, and class B fishing and pleasure craft near the coasts; each sends its static data every
 * 30 minutes. Into that traffic go the events the sea layer must find: three corridor ships going
 * dark for three to four hours among other traffic, a tanker loitering for five hours in the
 * corridor off the Pivdennyi oil terminal, a warship (ship type 35) sailing the corridor, a
 * ship-to-ship meeting far offshore (an encounter, outside every provision), and, when the
 * agreement closes a sea area that its corridor crosses, two merchant ships straying out of the
 * corridor into it. Ships crossing between ports go round closed areas. Every planted event the
 * pipeline should find is in {@link Summary#truth()}.
 *
 * <p>Reporting intervals are those of a decimating shore network, not of the radio: class A
 * under way every 2 minutes, at anchor every 6, class B every 3. Deterministic from the seed.
 */
public final class AisTrafficSimulator {
  /** The file's name under {@code inputs/}. */
  public static final String FILE = "ais-traffic.nmea";

  private static final String[][] STATIONS = {
    {"ua-odesa", "30.73", "46.48"}, {"ua-chornomorsk", "30.65", "46.30"}, {"ro-constanta", "28.65", "44.17"},
    {"bg-varna", "27.92", "43.20"}, {"tr-istanbul", "29.10", "41.20"}, {"tr-samsun", "36.33", "41.29"},
    {"ru-novorossiysk", "37.78", "44.72"}, {"ge-batumi", "41.64", "41.65"},
  };
  private static final double[][] PORTS = {
    {30.75, 46.50}, {28.66, 44.15}, {27.95, 43.19}, {29.12, 41.22}, {36.35, 41.30}, {37.80, 44.70}, {41.62, 41.66},
    {41.00, 41.05}, {33.30, 42.00},
  };
  private static final String[] NAMES = {
    "AURORA", "BLUE SKY", "CAPE ROSE", "DELTA SPIRIT", "EAGLE", "FORTUNA", "GOLDEN WAVE", "HARMONY", "IONIAN",
    "JASMINE", "KALINA", "LIBERTY", "MARINA", "NORDIC STAR", "OCEAN PRIDE", "PACIFIC", "QUEEN", "RIVIERA",
    "SEA LION", "TAURUS", "ULYSSES", "VEGA", "WIND ROSE", "XENIA", "YASMIN", "ZEPHYR",
  };
  private static final int[] FLAG_MIDS = {272, 273, 264, 207, 271, 213, 215, 229, 248, 256, 636, 351, 538};

  private final SplittableRandom rnd;
  private final List<Coordinate> corridor;
  private final AisNmeaWriter writer = new AisNmeaWriter();
  private final List<Line> lines = new ArrayList<>();
  private final Agreement agreement;
  private final List<CorridorProvision> corridors = new ArrayList<>();
  private final List<ZoneProvision> closedAreas = new ArrayList<>();

  /** A day's traffic under {@code agreement} (its first corridor is the corridor sailed). */
  public AisTrafficSimulator(Agreement agreement, long seed) {
    this.rnd = new SplittableRandom(seed ^ 0x4149535f54524146L);
    this.agreement = agreement;
    List<Coordinate> line = null;
    for (Provision p : agreement.provisions()) {
      if (p instanceof CorridorProvision c) {
        corridors.add(c);
        if (line == null) {
          line = Arrays.asList(c.band().centreline().getCoordinates());
        }
      } else if (p instanceof ZoneProvision z && ClosedAreaDetector.isClosedArea(z)) {
        closedAreas.add(z);
      }
    }
    this.corridor = line == null ? List.of(new Coordinate(30.9, 46.4), new Coordinate(29.1, 41.3)) : line;
  }

  /**
   * What was simulated: ships, lines, the MMSIs of the planted events, and the planted events as
   * truth ({@code sea-0001}, ... in time order).
   */
  public record Summary(int ships, int lines, List<Integer> darkShips, int loiteringTanker, int warship,
      List<Integer> strayShips, List<TruthEvent> truth) {
    /** Freezes the lists. */
    public Summary {
      darkShips = List.copyOf(darkShips);
      strayShips = List.copyOf(strayShips);
      truth = List.copyOf(truth);
    }
  }

  /** One position report a simulated ship sent: when (UNIX seconds) and where. */
  private record Fix(long time, Coordinate at) {}

  /** A planted event before it is numbered. */
  private record Planted(String kind, long time, Coordinate at, String provisionId, String by, int observations) {}

  /** Writes {@code start} to {@code end} of traffic to {@code file}. */
  public Summary write(Instant start, Instant end, Path file) throws IOException {
    long t0 = start.getEpochSecond();
    long t1 = end.getEpochSecond();
    int ships = 0;
    List<Integer> dark = new ArrayList<>();
    List<Planted> planted = new ArrayList<>();
    // merchant ships on the corridor, both ways, spread along it
    for (int i = 0; i < 110; i++) {
      List<Coordinate> path = offset(i % 2 == 0 ? corridor : reversed(corridor), (rnd.nextDouble() - 0.5) * 8000);
      int mmsi = mmsi();
      long darkFrom = -1;
      long darkTo = -1;
      if (i == 10 || i == 31 || i == 52) {
        darkFrom = t0 + 3600L * (4 + i % 9);
        darkTo = darkFrom + 3 * 3600 + rnd.nextInt(3600);
        dark.add(mmsi);
      }
      List<Fix> fixes = sail(mmsi, name(), 70 + rnd.nextInt(20), path, rnd.nextDouble(), 9 + rnd.nextDouble() * 5, t0, t1,
          darkFrom, darkTo);
      if (darkFrom >= 0) {
        darkPeriod(mmsi, fixes, darkFrom, darkTo, planted);
      }
      ships++;
    }
    // ships crossing between other ports
    for (int i = 0; i < 70; i++) {
      double[] a = PORTS[rnd.nextInt(PORTS.length)];
      double[] b = PORTS[rnd.nextInt(PORTS.length)];
      if (a == b) {
        b = PORTS[(Arrays.asList(PORTS).indexOf(a) + 1) % PORTS.length];
      }
      List<Coordinate> path = aroundClosedAreas(new Coordinate(a[0], a[1]), new Coordinate(b[0], b[1]));
      sail(mmsi(), name(), 70 + rnd.nextInt(20), path, rnd.nextDouble(), 10 + rnd.nextDouble() * 6, t0, t1, -1, -1);
      ships++;
    }
    // ships at anchor off the ports, not in the corridor
    for (int i = 0; i < 50; i++) {
      double[] port = PORTS[1 + rnd.nextInt(PORTS.length - 1)];
      Coordinate at = Geodesy.destination(new Coordinate(port[0], port[1]), rnd.nextDouble() * 360, 4000 + rnd.nextDouble() * 6000);
      anchor(mmsi(), name(), 70 + rnd.nextInt(20), at, t0, t1);
      ships++;
    }
    // class B fishing and pleasure craft near the coasts
    for (int i = 0; i < 87; i++) {
      double[] port = PORTS[rnd.nextInt(PORTS.length)];
      Coordinate home = Geodesy.destination(new Coordinate(port[0], port[1]), rnd.nextDouble() * 360, 15000 + rnd.nextDouble() * 10000);
      craft(mmsi(), name(), rnd.nextBoolean() ? 30 : 37, home, t0, t1);
      ships++;
    }
    // the loitering tanker: five hours at half a knot in the corridor off the Pivdennyi terminal
    int tanker = 272_000_000 + 4_242;
    Coordinate offTerminal = Geodesy.destination(corridor.get(0), 200, 3000);
    List<Fix> loitered = loiter(tanker, "DNIPRO SPIRIT", 80, offTerminal, t0 + 6 * 3600, t0 + 11 * 3600, t0, t1);
    long loiterFixes = loitered.stream().filter(f -> f.time >= t0 + 6 * 3600 && f.time < t0 + 11 * 3600).count();
    if (loiterFixes > 0 && !corridors.isEmpty()) {
      Fix first = loitered.stream().filter(f -> f.time >= t0 + 6 * 3600).findFirst().orElseThrow();
      planted.add(new Planted("loitering", first.time, first.at, corridors.get(0).id(), flagParty(tanker), (int) loiterFixes));
    }
    ships++;
    // a warship sailing the corridor
    int warship = 273_000_000 + 3_535;
    List<Fix> patrol = sail(warship, "PATROL SHIP 35", 35, corridor, 0.15, 14, t0 + 9 * 3600, t0 + 15 * 3600, -1, -1);
    patrol = patrol.stream().filter(f -> f.time < t1).toList();
    if (!patrol.isEmpty() && !corridors.isEmpty()) {
      planted.add(new Planted("military-vessel", patrol.get(0).time, patrol.get(0).at, corridors.get(0).id(),
          flagParty(warship), patrol.size()));
    }
    ships++;
    // a ship-to-ship meeting far offshore, outside every provision
    Coordinate sts = new Coordinate(33.20, 43.60);
    loiter(636_000_000 + 7_001, "SEA TRADER", 80, sts, t0 + 2 * 3600, t0 + 6 * 3600, t0, t1);
    loiter(351_000_000 + 7_002, "NIGHT HAWK", 80, Geodesy.destination(sts, 90, 200), t0 + 2 * 3600, t0 + 6 * 3600, t0, t1);
    ships += 2;
    // two merchant ships straying out of the corridor into a closed sea area it crosses
    List<Integer> strays = new ArrayList<>();
    List<List<Coordinate>> strayPaths = strayPaths();
    for (int k = 0; k < strayPaths.size(); k++) {
      int mmsi = k == 0 ? 229_000_000 + 1_201 : 538_000_000 + 1_202;
      List<Fix> fixes = sail(mmsi, k == 0 ? "AEGEAN DAWN" : "CORAL BAY", k == 0 ? 70 : 80, strayPaths.get(k), 0,
          k == 0 ? 12 : 8, t0 + (k == 0 ? 2 : 13) * 3600L, t1, -1, -1);
      closedAreaBreach(mmsi, fixes, planted);
      strays.add(mmsi);
      ships++;
    }

    lines.sort(Comparator.comparingLong(Line::time).thenComparingInt(Line::mmsi).thenComparingInt(Line::order));
    int count = 0;
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (Line l : lines) {
        w.write(l.text);
        count += (int) l.text.chars().filter(c -> c == '\n').count();
      }
    }
    planted.sort(Comparator.comparingLong(Planted::time).thenComparing(Planted::kind));
    List<TruthEvent> truth = new ArrayList<>();
    for (Planted e : planted) {
      truth.add(new TruthEvent(String.format(java.util.Locale.ROOT, "sea-%04d", truth.size() + 1), e.kind,
          Instant.ofEpochSecond(e.time), Decimals.round(e.at.y, 5), Decimals.round(e.at.x, 5), e.provisionId,
          e.provisionId, e.by, true, e.observations));
    }
    return new Summary(ships, count, dark, tanker, warship, strays, truth);
  }

  private List<Fix> sail(int mmsi, String name, int type, List<Coordinate> path, double startFraction, double knots,
      long t0, long t1, long darkFrom, long darkTo) {
    List<Fix> fixes = new ArrayList<>();
    double[] cum = cumulative(path);
    double total = cum[cum.length - 1];
    double metresPerSecond = knots * 1852 / 3600;
    double offsetMetres = startFraction * total;
    long next = t0 + rnd.nextInt(120);
    for (long t = next; t < t1; t += 110 + rnd.nextInt(20)) {
      if (t >= darkFrom && t < darkTo) {
        continue;
      }
      double along = (offsetMetres + metresPerSecond * (t - t0)) % (2 * total);
      boolean back = along > total;
      double d = back ? 2 * total - along : along;
      int seg = segment(cum, d);
      Coordinate a = path.get(seg);
      Coordinate b = path.get(seg + 1);
      double f = (d - cum[seg]) / Math.max(1, cum[seg + 1] - cum[seg]);
      Coordinate at = new Coordinate(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
      double course = Geodesy.azimuthDegrees(back ? b : a, back ? a : b);
      course = (course + 360) % 360;
      position(mmsi, type, t, at, 0, knots + (rnd.nextDouble() - 0.5), course);
      fixes.add(new Fix(t, at));
    }
    statics(mmsi, name, type, t0, t1, false);
    return fixes;
  }

  private void anchor(int mmsi, String name, int type, Coordinate at, long t0, long t1) {
    for (long t = t0 + rnd.nextInt(360); t < t1; t += 340 + rnd.nextInt(40)) {
      Coordinate c = Geodesy.destination(at, rnd.nextDouble() * 360, rnd.nextDouble() * 60);
      position(mmsi, type, t, c, 1, 0.1 * rnd.nextInt(3), rnd.nextDouble() * 360);
    }
    statics(mmsi, name, type, t0, t1, false);
  }

  private List<Fix> loiter(int mmsi, String name, int type, Coordinate at, long from, long to, long t0, long t1) {
    List<Fix> fixes = new ArrayList<>();
    // arrives from 20 km away at 10 knots, loiters, then leaves the same way
    Coordinate approach = Geodesy.destination(at, 150, 20_000);
    for (long t = Math.max(t0, from - 4000); t < Math.min(t1, to + 4000); t += 115 + rnd.nextInt(10)) {
      Coordinate c;
      double speed;
      if (t < from) {
        c = between(approach, at, 1 - (from - t) / 4000.0);
        speed = 10;
      } else if (t < to) {
        c = Geodesy.destination(at, (t - from) / 30.0 % 360, 150 + 100 * Math.sin((t - from) / 900.0));
        speed = 0.3 + rnd.nextDouble() * 0.6;
      } else {
        c = between(at, approach, (t - to) / 4000.0);
        speed = 10;
      }
      // under way while loitering: a ship waiting on purpose does not announce it
      position(mmsi, type, t, c, 0, speed, rnd.nextDouble() * 360);
      fixes.add(new Fix(t, c));
    }
    statics(mmsi, name, type, Math.max(t0, from - 4000), Math.min(t1, to + 4000), false);
    return fixes;
  }

  /** A gap that ends before the log does: at the last fix before the silence, citing the fixes either side. */
  private void darkPeriod(int mmsi, List<Fix> fixes, long darkFrom, long darkTo, List<Planted> planted) {
    Fix before = null;
    boolean after = false;
    for (Fix f : fixes) {
      if (f.time < darkFrom) {
        before = f;
      } else if (f.time >= darkTo) {
        after = true;
      }
    }
    if (before != null && after && !corridors.isEmpty()) {
      planted.add(new Planted("ais-gap", before.time, before.at, corridors.get(0).id(), flagParty(mmsi), 2));
    }
  }

  /**
   * Each stretch of these fixes inside a closed area and clear of every corridor (by more than the
   * 30 m an AIS fix without the accuracy flag may be off), at its first fix.
   */
  private void closedAreaBreach(int mmsi, List<Fix> fixes, List<Planted> planted) {
    for (ZoneProvision area : closedAreas) {
      Fix first = null;
      int n = 0;
      for (int i = 0; i <= fixes.size(); i++) {
        boolean out = i < fixes.size() && outsideCorridorsIn(area, fixes.get(i).at);
        if (out) {
          first = first == null ? fixes.get(i) : first;
          n++;
        } else if (first != null) {
          planted.add(new Planted("closed-area-entry", first.time, first.at, area.id(), flagParty(mmsi), n));
          first = null;
          n = 0;
        }
      }
    }
  }

  private boolean outsideCorridorsIn(ZoneProvision area, Coordinate c) {
    Point p = Geodesy.WGS84.createPoint(c);
    if (!area.region().touches(p)) {
      return false;
    }
    for (CorridorProvision corridor : corridors) {
      if (corridor.band().distanceMetres(p) <= 30) {
        return false;
      }
    }
    return true;
  }

  /**
   * For the first closed area the first corridor crosses: two voyages along the corridor that leave
   * it into the area and come back. The southbound one turns out at the corridor's first vertex
   * inside the area and sails round beyond the area's centre (to points 120 % and 130 % of the way
   * from the vertex after next, and from that first vertex, to the centre) before rejoining the
   * corridor at the vertex after next; the northbound one turns out at that vertex towards a point
   * 90 % of the way to the centre, a shorter way out, and rejoins at the first vertex. Empty when
   * no closed area holds a corridor vertex with two after it, or the turning points are not clear
   * of the corridor.
   */
  private List<List<Coordinate>> strayPaths() {
    for (ZoneProvision area : closedAreas) {
      int inside = -1;
      for (int i = 0; i < corridor.size(); i++) {
        if (area.region().touches(Geodesy.WGS84.createPoint(corridor.get(i)))) {
          inside = i;
          break;
        }
      }
      if (inside < 1 || inside + 2 >= corridor.size()) {
        continue;
      }
      Coordinate centre = area.region().outline().getCentroid().getCoordinate();
      Coordinate entry = corridor.get(inside);
      Coordinate exit = corridor.get(inside + 2);
      Coordinate outA = between(entry, centre, 1.3);
      Coordinate outB = between(exit, centre, 1.2);
      if (!outsideCorridorsIn(area, outA) || !outsideCorridorsIn(area, outB)) {
        continue;
      }
      List<Coordinate> south = new ArrayList<>(corridor.subList(inside - 1, inside + 1));
      // deeper in near the island, then back south-west to the corridor
      south.add(outB);
      south.add(outA);
      south.addAll(corridor.subList(inside + 2, corridor.size()));
      List<Coordinate> north = new ArrayList<>();
      north.add(corridor.get(Math.min(corridor.size() - 1, inside + 3)));
      north.add(exit);
      north.add(between(exit, centre, 0.9));
      north.addAll(reversed(corridor.subList(0, inside + 1)));
      return List.of(south, north);
    }
    return List.of();
  }

  /**
   * The leg from {@code a} to {@code b}, by way of a point beside each closed area it would cross
   * (on the side farther from the corridor, 5 km clear of the area's envelope): shipping keeps out.
   */
  private List<Coordinate> aroundClosedAreas(Coordinate a, Coordinate b) {
    List<Coordinate> path = new ArrayList<>(List.of(a, b));
    for (ZoneProvision area : closedAreas) {
      org.locationtech.jts.geom.Geometry outline = area.region().outline();
      if (!Geodesy.WGS84.createLineString(new Coordinate[] {a, b}).intersects(outline)) {
        continue;
      }
      Envelope e = outline.getEnvelopeInternal();
      double y = (e.getMinY() + e.getMaxY()) / 2;
      double margin = 5_000 / (111_320 * Math.cos(Math.toRadians(y)));
      Coordinate east = new Coordinate(e.getMaxX() + margin, y);
      Coordinate west = new Coordinate(e.getMinX() - margin, y);
      double toEast = Double.POSITIVE_INFINITY;
      double toWest = Double.POSITIVE_INFINITY;
      for (CorridorProvision c : corridors) {
        toEast = Math.min(toEast, c.band().distanceMetres(Geodesy.WGS84.createPoint(east)));
        toWest = Math.min(toWest, c.band().distanceMetres(Geodesy.WGS84.createPoint(west)));
      }
      path = List.of(a, toEast >= toWest ? east : west, b);
    }
    return path;
  }

  /** The agreement party whose flag a ship flies, by its MMSI's country code; {@code unattributed} otherwise. */
  private String flagParty(int mmsi) {
    String country = partyOfMid(mmsi / 1_000_000);
    return agreement.parties().stream().anyMatch(p -> p.id().equals(country)) ? country : "unattributed";
  }

  private static String partyOfMid(int mid) {
    // ITU maritime identification digits of the parties in the example agreements
    if (mid == 272) {
      return "UA";
    }
    return mid == 273 ? "RU" : "";
  }

  private void craft(int mmsi, String name, int type, Coordinate home, long t0, long t1) {
    Coordinate c = home;
    double course = rnd.nextDouble() * 360;
    for (long t = t0 + rnd.nextInt(180); t < t1; t += 170 + rnd.nextInt(20)) {
      course = (course + (rnd.nextDouble() - 0.5) * 40 + 360) % 360;
      double knots = 3 + rnd.nextDouble() * 5;
      c = Geodesy.destination(c, course, knots * 1852 / 20);
      if (Geodesy.distanceMetres(c, home) > 20_000) {
        course = (Geodesy.azimuthDegrees(c, home) + 360) % 360;
      }
      String station = station(c);
      lines.add(new Line(t, mmsi, 0, writer.classBPosition(station, t, channel(), mmsi, c.y, c.x, knots, course, -1,
          (int) (t % 60))));
    }
    statics(mmsi, name, type, t0, t1, true);
  }

  private void position(int mmsi, int type, long t, Coordinate c, int status, double knots, double course) {
    lines.add(new Line(t, mmsi, 0, writer.classAPosition(station(c), t, channel(), mmsi, status, c.y, c.x,
        Math.max(0, knots), course, (int) Math.round(course) % 360, (int) (t % 60))));
  }

  private void statics(int mmsi, String name, int type, long t0, long t1, boolean classB) {
    ShipDimensions dims = classB ? new ShipDimensions(8, 4, 2, 2)
        : new ShipDimensions(100 + rnd.nextInt(100), 20 + rnd.nextInt(30), 10 + rnd.nextInt(8), 10 + rnd.nextInt(8));
    String callsign = "C" + Integer.toString(mmsi % 100000, 36).toUpperCase(java.util.Locale.ROOT);
    String destination = PORT_NAMES[Math.floorMod(mmsi, PORT_NAMES.length)];
    double draught = 6 + (mmsi % 7);
    for (long t = t0 + 30 + rnd.nextInt(600); t < t1; t += 1800) {
      String station = STATIONS[Math.floorMod(mmsi, STATIONS.length)][0];
      if (classB) {
        lines.add(new Line(t, mmsi, 1, writer.staticPartA(station, t, 'B', mmsi, name)));
        lines.add(new Line(t, mmsi, 2, writer.staticPartB(station, t, 'B', mmsi, type, callsign, dims)));
      } else {
        lines.add(new Line(t, mmsi, 1, writer.staticVoyage(station, t, 'A', mmsi, 9_000_000 + mmsi % 999_999,
            callsign, name, type, dims, destination, draught)));
      }
    }
  }

  private static final String[] PORT_NAMES = {"ODESA", "CONSTANTA", "VARNA", "ISTANBUL", "SAMSUN", "BATUMI", "CHORNOMORSK"};

  private int mmsi() {
    return FLAG_MIDS[rnd.nextInt(FLAG_MIDS.length)] * 1_000_000 + 100_000 + rnd.nextInt(800_000);
  }

  private String name() {
    return NAMES[rnd.nextInt(NAMES.length)] + " " + (1 + rnd.nextInt(99));
  }

  private char channel() {
    return rnd.nextBoolean() ? 'A' : 'B';
  }

  private static String station(Coordinate c) {
    String best = STATIONS[0][0];
    double bestD = Double.MAX_VALUE;
    for (String[] s : STATIONS) {
      double dx = (Double.parseDouble(s[1]) - c.x) * Math.cos(Math.toRadians(c.y));
      double dy = Double.parseDouble(s[2]) - c.y;
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = s[0];
      }
    }
    return best;
  }

  private static Coordinate between(Coordinate a, Coordinate b, double f) {
    return new Coordinate(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
  }

  private static List<Coordinate> reversed(List<Coordinate> path) {
    List<Coordinate> r = new ArrayList<>(path);
    java.util.Collections.reverse(r);
    return r;
  }

  /** The path moved sideways by {@code metres} (to the right of travel for positive). */
  private static List<Coordinate> offset(List<Coordinate> path, double metres) {
    List<Coordinate> out = new ArrayList<>(path.size());
    for (int i = 0; i < path.size(); i++) {
      Coordinate a = path.get(Math.max(0, i - 1));
      Coordinate b = path.get(Math.min(path.size() - 1, i + 1));
      double heading = Geodesy.azimuthDegrees(a, b);
      out.add(Geodesy.destination(path.get(i), heading + 90, metres));
    }
    return out;
  }

  private static double[] cumulative(List<Coordinate> path) {
    double[] cum = new double[path.size()];
    for (int i = 1; i < path.size(); i++) {
      cum[i] = cum[i - 1] + Geodesy.distanceMetres(path.get(i - 1), path.get(i));
    }
    return cum;
  }

  private static int segment(double[] cum, double d) {
    for (int i = 0; i + 1 < cum.length; i++) {
      if (d <= cum[i + 1]) {
        return i;
      }
    }
    return cum.length - 2;
  }

  private record Line(long time, int mmsi, int order, String text) {}
}
