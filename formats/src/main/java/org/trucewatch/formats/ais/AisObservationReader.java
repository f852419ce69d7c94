package org.trucewatch.formats.ais;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

/**
 * Reads an AIS NMEA log into vessel observations: each ship's position reports, at most one per
 * {@code intervalSeconds} of report time per MMSI (the first in each interval), as {@code vessel}
 * observations, or {@code military-vessel} for ship types 35 (military operations) and 55 (law
 * enforcement) and for MMSIs on the watch list.
 *
 * <p>The time of a report is its NMEA 4.0 tag block's {@code c:} time, or the Gatehouse {@code
 * $PGHP} header on the line before it; a report with neither is rejected ({@code time}), as are
 * bad sentences (by reason). Static data (types 5, 19, 24) is read from the whole input first, so a
 * ship's name and type apply to all its reports in the file. Attributes: {@code mmsi}, {@code
 * message_type}, {@code ais_class} (A or B), {@code speed_kn}, {@code course_deg}, {@code
 * heading_deg}, {@code nav_status}, {@code name}, {@code callsign}, {@code imo}, {@code ship_type},
 * {@code destination}, {@code station}; absent values are left out. The source is {@code ais:}
 * plus the tag block's station, or {@code ais} without one. Position uncertainty is 10 m with the
 * accuracy flag set (DGNSS, M.1371-5 table 46) and 30 m without. Thread-safe.
 */
public final class AisObservationReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "ais-nmea";
  /** The default thinning interval: one observation per ship per 5 minutes. */
  public static final int DEFAULT_INTERVAL_SECONDS = 300;

  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

  private final int intervalSeconds;
  private final Set<Integer> watchList;

  /** A reader with the default interval and no watch list. */
  public AisObservationReader() {
    this(DEFAULT_INTERVAL_SECONDS, Set.of());
  }

  /**
   * A reader.
   *
   * @param intervalSeconds at most one observation per ship per this many seconds, at least 1
   * @param watchList MMSIs whose reports are military-vessel observations whatever their ship type
   */
  public AisObservationReader(int intervalSeconds, Set<Integer> watchList) {
    if (intervalSeconds < 1) {
      throw new IllegalArgumentException("interval must be at least 1 s: " + intervalSeconds);
    }
    this.intervalSeconds = intervalSeconds;
    this.watchList = Set.copyOf(Objects.requireNonNull(watchList, "watchList"));
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /** Whether a ship of this type, or with this MMSI, is read as a military vessel. */
  public boolean military(int mmsi, int shipType) {
    return shipType == 35 || shipType == 55 || watchList.contains(mmsi);
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<Observation> observations = new ArrayList<>();
    Map<Integer, VesselStatic> statics = new HashMap<>();
    // an observation is made as its report is read and carries the ship's static data from the
    // whole file: a first pass for the static data, then the reports
    inMemory(() -> {
      forEachMessage(new ByteArrayInputStream(raw), staticsInto(statics), null);
      return null;
    });
    List<Reject> rejects = inMemory(() -> positions(name, new ByteArrayInputStream(raw), null,
        (payload, context, millis, lat, lon) ->
        observations.add(observation(name, entrySha256, payload.messageType(), payload.mmsi(), millis, lat, lon,
            PositionFields.speedKnots(payload, payload.messageType()),
            PositionFields.courseDegrees(payload, payload.messageType()), detail(payload),
            context.tagSource(), context.firstLine(), statics.get(payload.mmsi())))));
    return new ReadResult(observations, rejects);
  }

  /**
   * Reads the same position reports as {@link #read} into {@code fixes}, compactly, without making
   * an observation of each; {@link AisFixes#observations} makes them again, equal to {@link #read}'s.
   * Returns the rejects, as {@link #read} does.
   */
  public List<Reject> readFixes(String name, String entrySha256, byte[] raw, AisFixes fixes) {
    return inMemory(() -> readFixes(name, entrySha256, new ByteArrayInputStream(raw), fixes));
  }

  /**
   * {@link #readFixes(String, String, byte[], AisFixes)} from a stream of the entry's bytes, read
   * once, line by line: the file is never held whole, only its fixes and its ships' static data.
   * The same fixes and rejects (lines, messages) as from the bytes. The caller closes {@code in}.
   *
   * @throws IOException if {@code in} cannot be read
   */
  public List<Reject> readFixes(String name, String entrySha256, InputStream in, AisFixes fixes) throws IOException {
    Map<Integer, VesselStatic> statics = new HashMap<>();
    int entry = fixes.addEntry(name, entrySha256, statics);
    // one pass: a fix keeps no static data (AisFixes looks it up in the entry's statics when it
    // makes the observation, once the whole entry is read), so static data may follow its reports
    return positions(name, in, staticsInto(statics), (payload, context, millis, lat, lon) -> {
      int type = payload.messageType();
      String station = context.tagSource();
      fixes.store().add(payload.mmsi(), millis, lon, lat, (float) PositionFields.speedKnots(payload, type),
          (float) PositionFields.courseDegrees(payload, type), detail(payload),
          Math.toIntExact(context.firstLine()), fixes.context(entry, station == null ? "" : station));
    });
  }

  /** A kept position report, with its time and position. */
  private interface FixVisitor {
    void visit(SixBitPayload payload, AisSentenceContext context, long millis, double lat, double lon);
  }

  /** Reading that cannot fail for I/O (bytes in memory). */
  private interface InMemory<T> {
    T run() throws IOException;
  }

  private static <T> T inMemory(InMemory<T> read) {
    try {
      return read.run();
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes in memory", e);
    }
  }

  /** Merges each ship's static data (types 5, 19, 24) into {@code statics}, by MMSI. */
  private static MessageVisitor staticsInto(Map<Integer, VesselStatic> statics) {
    return (payload, context, gatehouseMillis) -> {
      int type = payload.messageType();
      if (type == 5 || type == 19 || type == 24) {
        if (AisMessageDecoder.problem(payload) == null) {
          statics.computeIfAbsent(payload.mmsi(), k -> new VesselStatic()).merge(AisMessageDecoder.decode(payload));
        }
      }
    };
  }

  /**
   * A pass over the file for its thinned position reports, each to {@code fixVisitor}, every
   * message first to {@code alsoEach} when given; returns the rejects, by line.
   */
  private List<Reject> positions(String name, InputStream in, MessageVisitor alsoEach, FixVisitor fixVisitor)
      throws IOException {
    List<Reject> rejects = new ArrayList<>();
    Map<Integer, Long> lastBucket = new HashMap<>();
    forEachMessage(in, (payload, context, gatehouseMillis) -> {
      if (alsoEach != null) {
        alsoEach.visit(payload, context, gatehouseMillis);
      }
      int type = payload.messageType();
      if (!isVesselPosition(type) || AisMessageDecoder.problem(payload) != null) {
        return;
      }
      long millis = context.hasTagTime() ? context.tagEpochMillis() : gatehouseMillis;
      if (millis == AisSentenceContext.NO_TIME) {
        rejects.add(new Reject(name, context.firstLine(), "time",
            "no report time: neither an NMEA 4.0 tag block c: time nor a $PGHP header before it"));
        return;
      }
      double lat = PositionFields.latitude(payload, type);
      double lon = PositionFields.longitude(payload, type);
      if (Double.isNaN(lat) || Double.isNaN(lon)) {
        return; // "not available" is a valid report, just not a position
      }
      int mmsi = payload.mmsi();
      long bucket = Math.floorDiv(millis, intervalSeconds * 1000L);
      Long last = lastBucket.get(mmsi);
      if (last != null && last == bucket) {
        return;
      }
      lastBucket.put(mmsi, bucket);
      fixVisitor.visit(payload, context, millis, lat, lon);
    }, (problem, line) -> {
      if (problem.isError()) {
        rejects.add(new Reject(name, line, "", problem.description()));
      }
    });
    rejects.sort(java.util.Comparator.comparingLong(Reject::line));
    return rejects;
  }

  /**
   * The fields of a position report an observation needs besides time, position, speed and course,
   * packed in one int: message type (bits 0-5), heading + 1 (bits 6-15, 0 when not reported),
   * navigational status + 1 (bits 16-20, 0 when the type has none or it is 15) and the accuracy
   * flag (bit 21).
   */
  static int detail(SixBitPayload p) {
    int type = p.messageType();
    int heading = PositionFields.headingDegrees(PositionFields.rawHeading(p, type));
    int status = -1;
    if (type <= 3 || type == 27) {
      status = type == 27 ? p.bits(40, 4) : p.bits(38, 4);
      if (status == 15) {
        status = -1;
      }
    }
    boolean accurate = type == 27 ? p.flag(38) : p.flag(type >= 18 ? 56 : 60);
    return type | (heading + 1) << 6 | (status + 1) << 16 | (accurate ? 1 << 21 : 0);
  }

  private static boolean isVesselPosition(int type) {
    return type == 1 || type == 2 || type == 3 || type == 18 || type == 19 || type == 27;
  }

  /** The observation of one position report, from its fields; {@code detail} as {@link #detail} packs it. */
  Observation observation(String name, String sha, int type, int mmsi, long millis, double lat, double lon,
      double speedKnots, double courseDegrees, int detail, String station, long line, VesselStatic s) {
    Map<String, String> a = new TreeMap<>();
    a.put("mmsi", Integer.toString(mmsi));
    a.put("message_type", Integer.toString(type));
    a.put("ais_class", type == 18 || type == 19 ? "B" : "A");
    putDecimal(a, "speed_kn", speedKnots);
    putDecimal(a, "course_deg", courseDegrees);
    int heading = (detail >>> 6 & 0x3FF) - 1;
    if (heading >= 0) {
      a.put("heading_deg", Integer.toString(heading));
    }
    int status = (detail >>> 16 & 0x1F) - 1;
    if (status >= 0) {
      a.put("nav_status", Integer.toString(status));
    }
    int shipType = 0;
    if (s != null) {
      putText(a, "name", s.name);
      putText(a, "callsign", s.callsign);
      putText(a, "destination", s.destination);
      if (s.imo != 0) {
        a.put("imo", Integer.toString(s.imo));
      }
      if (s.shipType != 0) {
        a.put("ship_type", Integer.toString(s.shipType));
      }
      shipType = s.shipType;
    }
    putText(a, "station", station == null ? "" : station);
    boolean accurate = (detail & 1 << 21) != 0;
    Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
    return Observation.of(
        station == null || station.isEmpty() ? "ais" : "ais:" + station,
        military(mmsi, shipType) ? ObservationKind.MILITARY_VESSEL : ObservationKind.VESSEL,
        Instant.ofEpochMilli(millis),
        point,
        accurate ? 10.0 : 30.0,
        Credibility.PROBABLY_TRUE,
        a,
        Casualties.NONE,
        new Provenance(sha, name, line));
  }

  private static void putDecimal(Map<String, String> a, String key, double v) {
    if (!Double.isNaN(v)) {
      a.put(key, JsonLine.plain(Math.round(v * 10) / 10.0));
    }
  }

  private static void putText(Map<String, String> a, String key, String v) {
    if (!v.isEmpty()) {
      a.put(key, v);
    }
  }

  /** A message, its context, and the time of the Gatehouse header just before it (or NO_TIME). */
  private interface MessageVisitor {
    void visit(SixBitPayload payload, AisSentenceContext context, long gatehouseMillis);
  }

  private interface ProblemVisitor {
    void visit(AisProblem problem, long line);
  }

  private static void forEachMessage(InputStream in, MessageVisitor messages, ProblemVisitor problems)
      throws IOException {
    long[] gatehouse = {AisSentenceContext.NO_TIME, -1};
    NmeaAisFramer framer = new NmeaAisFramer(new NmeaAisFramer.Sink() {
      @Override
      public void message(SixBitPayload payload, AisSentenceContext context) {
        long g = context.firstLine() == gatehouse[1] + 1 ? gatehouse[0] : AisSentenceContext.NO_TIME;
        messages.visit(payload, context, g);
      }

      @Override
      public void problem(AisProblem problem, long line) {
        if (problems != null) {
          problems.visit(problem, line);
        }
      }
    }, new AisDecodeCounts());
    forEachLine(in, (buf, start, end) -> {
      if (end - start > 8 && buf[start] == '$' && buf[start + 1] == 'P' && buf[start + 2] == 'G'
          && buf[start + 3] == 'H' && buf[start + 4] == 'P') {
        gatehouse[0] = gatehouseMillis(new String(buf, start, end - start, StandardCharsets.US_ASCII));
        gatehouse[1] = framer.lineNumber() + 1;
      }
      framer.acceptLine(buf, start, end);
    });
    framer.finish();
  }

  /** A line, bytes {@code [start, end)} of {@code buf}, without its {@code \n}; valid during the call. */
  interface LineVisitor {
    void line(byte[] buf, int start, int end);
  }

  /**
   * Every line of {@code in}, read in blocks: lines end at {@code \n} only (a {@code \r} before it
   * stays, the framer drops it), bytes are passed as they are, a UTF-8 byte order mark at the start
   * is skipped, and the text after the last {@code \n} is a line when there is any.
   */
  static void forEachLine(InputStream in, LineVisitor lines) throws IOException {
    byte[] buf = new byte[1 << 16];
    int have = 0;
    int start = 0;
    int scanned = 0;
    boolean atStart = true;
    while (true) {
      if (have == buf.length) {
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, have - start);
          have -= start;
          scanned -= start;
          start = 0;
        } else {
          buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer: keep it whole
        }
      }
      int n = in.read(buf, have, buf.length - have);
      boolean ended = n < 0;
      if (!ended) {
        have += n;
      }
      if (atStart) {
        if (have < 3 && !ended) {
          continue;
        }
        atStart = false;
        if (have >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
          start = 3;
          scanned = 3;
        }
      }
      for (int i = scanned; i < have; i++) {
        if (buf[i] == '\n') {
          lines.line(buf, start, i);
          start = i + 1;
        }
      }
      scanned = have;
      if (ended) {
        if (start < have) {
          lines.line(buf, start, have);
        }
        return;
      }
    }
  }

  /** {@code $PGHP,1,yyyy,M,d,H,m,s,ms,...}: the time of the sentence that follows; NO_TIME if unreadable. */
  static long gatehouseMillis(String line) {
    String[] f = line.split(",", -1);
    if (f.length < 9 || !f[1].equals("1")) {
      return AisSentenceContext.NO_TIME;
    }
    try {
      LocalDateTime t = LocalDateTime.of(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
          Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]));
      return t.toInstant(ZoneOffset.UTC).toEpochMilli() + Integer.parseInt(f[8]);
    } catch (RuntimeException e) {
      return AisSentenceContext.NO_TIME;
    }
  }
}
