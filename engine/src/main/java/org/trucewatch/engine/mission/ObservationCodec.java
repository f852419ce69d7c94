package org.trucewatch.engine.mission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/**
 * An observation as bytes and back, every field exactly: the decoded observation {@code equals}
 * the encoded one, and its geometry has the same type, coordinates (x, y and z, as doubles), SRID
 * and factory settings. What {@link SpilledDetections} writes to its spill file.
 *
 * <p>Compact because a mission spills every detection: the id as its 32 bytes, numbers as
 * variable-length integers or raw doubles, and short strings (attribute keys, repeated values such
 * as {@code confidence} or {@code brightness}, source ids, provenance) written once into a table of
 * this codec's own and then as their number there; a FIRMS detection is about 170 bytes. The table
 * is held in memory, not in the bytes: bytes are decoded by the codec that encoded them (or a
 * {@link #reader()} of it), in the same process. It is bounded ({@link #MAX_STRINGS} strings of at
 * most {@link #MAX_STRING_LENGTH} chars); strings past it are written out each time.
 *
 * <p>Encoding is not thread-safe; decoding is, and may run while another thread encodes only
 * through a {@link #reader()} taken before.
 *
 * <p>Not in {@code core}, though it does no I/O: it is a storage layout of the engine's mission,
 * with one user, not a rule of the domain; and not in {@code formats}, which reads what others
 * write.
 */
public final class ObservationCodec {
  /** The most strings the table keeps. */
  static final int MAX_STRINGS = 1 << 16;
  /** Longer strings are seldom repeated (a provenance's entry SHA-256 is 64). */
  static final int MAX_STRING_LENGTH = 64;

  private static final HexFormat HEX = HexFormat.of();
  private static final ObservationKind[] KINDS = ObservationKind.values();
  private static final Credibility[] CREDIBILITIES = Credibility.values();
  private static final Map<Integer, GeometryFactory> FACTORIES = new ConcurrentHashMap<>();

  // string header: low two bits say what follows
  private static final int TABLE = 0;
  private static final int LATIN1 = 1;
  private static final int UTF16 = 2;
  private static final int NULL = 3;

  // geometry types, with Z_FLAG when every coordinate carries z
  private static final int POINT = 1;
  private static final int LINE_STRING = 2;
  private static final int LINEAR_RING = 3;
  private static final int POLYGON = 4;
  private static final int MULTI_POINT = 5;
  private static final int MULTI_LINE_STRING = 6;
  private static final int MULTI_POLYGON = 7;
  private static final int COLLECTION = 8;
  private static final int Z_FLAG = 0x10;

  // casualties: the two usual values as one byte, else each count
  private static final int CASUALTIES_NONE = 0;
  private static final int CASUALTIES_UNKNOWN = 1;
  private static final int CASUALTIES_COUNTS = 2;

  private final Map<String, Integer> codes = new HashMap<>();
  private volatile String[] strings = new String[64];
  private int stringCount;
  private final Bytes out = new Bytes();

  /** The bytes of {@code o}, valid until the next call; {@link Bytes#length()} of them. */
  public Bytes encode(Observation o) {
    out.clear();
    out.raw(HEX.parseHex(o.id().hex()));
    string(o.sourceId());
    out.varint(o.kind().ordinal());
    out.varlong(zigzag(o.eventTime().getEpochSecond()));
    out.varint(o.eventTime().getNano());
    geometry(o.geometry(), true);
    out.doubleBits(o.uncertaintyMetres());
    out.varint(o.credibility().ordinal());
    out.varint(o.attributes().size());
    for (Map.Entry<String, String> e : o.attributes().entrySet()) {
      string(e.getKey());
      string(e.getValue());
    }
    casualties(o.casualties());
    string(o.provenance().entrySha256());
    string(o.provenance().name());
    out.varlong(zigzag(o.provenance().line()));
    return out;
  }

  /** The observation whose bytes are {@code length} bytes of {@code buf} from {@code offset}. */
  public Observation decode(byte[] buf, int offset, int length) {
    return new Reader(strings).decode(buf, offset, length);
  }

  /**
   * A decoder of the bytes encoded so far, which later encoding leaves alone: what a reader on
   * another thread, or after this codec has gone on encoding, holds. Thread-safe.
   */
  public Reader reader() {
    return new Reader(Arrays.copyOf(strings, stringCount));
  }

  /** The strings held in the table. */
  int tableSize() {
    return stringCount;
  }

  private void string(String s) {
    if (s == null) {
      out.varint(NULL);
      return;
    }
    if (s.length() <= MAX_STRING_LENGTH) {
      Integer code = codes.get(s);
      if (code == null && stringCount < MAX_STRINGS) {
        code = stringCount;
        if (stringCount == strings.length) {
          strings = Arrays.copyOf(strings, stringCount * 2);
        }
        strings[stringCount++] = s;
        codes.put(s, code);
      }
      if (code != null) {
        out.varint(code << 2 | TABLE);
        return;
      }
    }
    boolean latin1 = true;
    for (int i = 0; i < s.length() && latin1; i++) {
      latin1 = s.charAt(i) <= 0xFF;
    }
    if (latin1) {
      out.varint(s.length() << 2 | LATIN1);
      out.raw(s.getBytes(StandardCharsets.ISO_8859_1));
    } else {
      // every char as it is, unpaired surrogates too: UTF-8 would replace them
      out.varint(s.length() << 2 | UTF16);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        out.raw((byte) (c >>> 8));
        out.raw((byte) c);
      }
    }
  }

  private void geometry(Geometry g, boolean top) {
    if (g.getUserData() != null) {
      throw new IllegalArgumentException("cannot encode a geometry's user data: " + g.getUserData());
    }
    if (top) {
      PrecisionModel pm = g.getPrecisionModel();
      if (pm.getType() != PrecisionModel.FLOATING) {
        throw new IllegalArgumentException("cannot encode a geometry of precision model " + pm);
      }
      out.varlong(zigzag(g.getSRID()));
    }
    boolean z = hasZ(g);
    int zf = z ? Z_FLAG : 0;
    if (g instanceof Point p) {
      out.varint(POINT | zf);
      coordinates(p.getCoordinates(), z);
    } else if (g instanceof LinearRing r) {
      out.varint(LINEAR_RING | zf);
      coordinates(r.getCoordinates(), z);
    } else if (g instanceof LineString l) {
      out.varint(LINE_STRING | zf);
      coordinates(l.getCoordinates(), z);
    } else if (g instanceof Polygon p) {
      out.varint(POLYGON | zf);
      if (p.isEmpty()) {
        out.varint(0);
        return;
      }
      out.varint(1 + p.getNumInteriorRing());
      coordinates(p.getExteriorRing().getCoordinates(), z);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        coordinates(p.getInteriorRingN(i).getCoordinates(), z);
      }
    } else if (g instanceof GeometryCollection c) {
      int type = c instanceof MultiPoint ? MULTI_POINT : c instanceof MultiLineString ? MULTI_LINE_STRING
          : c instanceof MultiPolygon ? MULTI_POLYGON : COLLECTION;
      if (type == COLLECTION && c.getClass() != GeometryCollection.class) {
        throw new IllegalArgumentException("cannot encode a geometry of class " + c.getClass().getName());
      }
      out.varint(type);
      out.varint(c.getNumGeometries());
      for (int i = 0; i < c.getNumGeometries(); i++) {
        geometry(c.getGeometryN(i), false);
      }
    } else {
      throw new IllegalArgumentException("cannot encode a geometry of class " + g.getClass().getName());
    }
  }

  private static boolean hasZ(Geometry g) {
    if (g instanceof GeometryCollection) {
      return false; // each member says for itself
    }
    for (Coordinate c : g.getCoordinates()) {
      if (!Double.isNaN(c.getM())) {
        throw new IllegalArgumentException("cannot encode a coordinate's measure: " + c);
      }
      if (!Double.isNaN(c.getZ())) {
        return true;
      }
    }
    return false;
  }

  private void coordinates(Coordinate[] cs, boolean z) {
    out.varint(cs.length);
    for (Coordinate c : cs) {
      out.doubleBits(c.x);
      out.doubleBits(c.y);
      if (z) {
        out.doubleBits(c.getZ());
      }
    }
  }

  private void casualties(Casualties c) {
    if (c.equals(Casualties.NONE)) {
      out.varint(CASUALTIES_NONE);
    } else if (c.equals(Casualties.UNKNOWN)) {
      out.varint(CASUALTIES_UNKNOWN);
    } else {
      out.varint(CASUALTIES_COUNTS);
      count(c.killed());
      count(c.injured());
      count(c.minors());
    }
  }

  private void count(CasualtyCount c) {
    out.varint(c.min());
    // the maximum plus one, zero when open-ended
    out.varlong(c.max().isPresent() ? c.max().getAsInt() + 1L : 0);
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** A growable array of bytes, written from the start. */
  public static final class Bytes {
    private byte[] buf = new byte[512];
    private int length;

    /** The bytes; the first {@link #length()} are written. */
    public byte[] array() {
      return buf;
    }

    /** How many bytes are written. */
    public int length() {
      return length;
    }

    void clear() {
      length = 0;
    }

    private void room(int n) {
      if (length + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
      }
    }

    void raw(byte b) {
      room(1);
      buf[length++] = b;
    }

    void raw(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, buf, length, b.length);
      length += b.length;
    }

    void varint(int v) {
      varlong(v & 0xFFFFFFFFL);
    }

    void varlong(long v) {
      room(10);
      while ((v & ~0x7FL) != 0) {
        buf[length++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[length++] = (byte) v;
    }

    void doubleBits(double d) {
      room(8);
      long v = Double.doubleToRawLongBits(d);
      for (int i = 0; i < 8; i++) {
        buf[length++] = (byte) (v >>> (56 - 8 * i));
      }
    }
  }

  /** Decodes what the codec encoded up to when it was taken. Thread-safe. */
  public static final class Reader {
    private final String[] strings;

    Reader(String[] strings) {
      this.strings = strings;
    }

    /** The observation whose bytes are {@code length} bytes of {@code buf} from {@code offset}. */
    public Observation decode(byte[] buf, int offset, int length) {
      In in = new In(buf, offset, offset + length);
      ObservationId id = new ObservationId(HEX.formatHex(buf, offset, offset + 32));
      in.pos += 32;
      String sourceId = string(in);
      ObservationKind kind = KINDS[in.varint()];
      Instant time = Instant.ofEpochSecond(unzigzag(in.varlong()), in.varint());
      Geometry geometry = geometry(in, factory((int) unzigzag(in.varlong())));
      double uncertainty = in.doubleBits();
      Credibility credibility = CREDIBILITIES[in.varint()];
      int n = in.varint();
      TreeMap<String, String> attributes = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        String k = string(in);
        attributes.put(k, string(in));
      }
      Casualties casualties = casualties(in);
      Provenance provenance = new Provenance(string(in), string(in), unzigzag(in.varlong()));
      if (in.pos != in.end) {
        throw new IllegalStateException("observation bytes end at " + in.pos + ", not " + in.end);
      }
      return new Observation(id, sourceId, kind, time, geometry, uncertainty, credibility, attributes, casualties,
          provenance);
    }

    private String string(In in) {
      int h = in.varint();
      int n = h >>> 2;
      switch (h & 3) {
        case TABLE:
          return strings[n];
        case LATIN1: {
          String s = new String(in.buf, in.pos, n, StandardCharsets.ISO_8859_1);
          in.pos += n;
          return s;
        }
        case UTF16: {
          char[] cs = new char[n];
          for (int i = 0; i < n; i++) {
            cs[i] = (char) ((in.buf[in.pos] & 0xFF) << 8 | (in.buf[in.pos + 1] & 0xFF));
            in.pos += 2;
          }
          return new String(cs);
        }
        default:
          return null;
      }
    }

    private static GeometryFactory factory(int srid) {
      if (srid == Geodesy.WGS84.getSRID()) {
        return Geodesy.WGS84;
      }
      return FACTORIES.computeIfAbsent(srid, s -> new GeometryFactory(new PrecisionModel(), s));
    }

    private static Geometry geometry(In in, GeometryFactory f) {
      int t = in.varint();
      boolean z = (t & Z_FLAG) != 0;
      switch (t & ~Z_FLAG) {
        case POINT: {
          Coordinate[] c = coordinates(in, z);
          return c.length == 0 ? f.createPoint() : f.createPoint(c[0]);
        }
        case LINE_STRING:
          return f.createLineString(coordinates(in, z));
        case LINEAR_RING:
          return f.createLinearRing(coordinates(in, z));
        case POLYGON: {
          int rings = in.varint();
          if (rings == 0) {
            return f.createPolygon();
          }
          LinearRing shell = f.createLinearRing(coordinates(in, z));
          LinearRing[] holes = new LinearRing[rings - 1];
          for (int i = 0; i < holes.length; i++) {
            holes[i] = f.createLinearRing(coordinates(in, z));
          }
          return f.createPolygon(shell, holes);
        }
        case MULTI_POINT: {
          Point[] parts = new Point[in.varint()];
          for (int i = 0; i < parts.length; i++) {
            parts[i] = (Point) geometry(in, f);
          }
          return f.createMultiPoint(parts);
        }
        case MULTI_LINE_STRING: {
          LineString[] parts = new LineString[in.varint()];
          for (int i = 0; i < parts.length; i++) {
            parts[i] = (LineString) geometry(in, f);
          }
          return f.createMultiLineString(parts);
        }
        case MULTI_POLYGON: {
          Polygon[] parts = new Polygon[in.varint()];
          for (int i = 0; i < parts.length; i++) {
            parts[i] = (Polygon) geometry(in, f);
          }
          return f.createMultiPolygon(parts);
        }
        case COLLECTION: {
          Geometry[] parts = new Geometry[in.varint()];
          for (int i = 0; i < parts.length; i++) {
            parts[i] = geometry(in, f);
          }
          return f.createGeometryCollection(parts);
        }
        default:
          throw new IllegalStateException("unknown geometry type " + t);
      }
    }

    private static Coordinate[] coordinates(In in, boolean z) {
      Coordinate[] cs = new Coordinate[in.varint()];
      for (int i = 0; i < cs.length; i++) {
        double x = in.doubleBits();
        double y = in.doubleBits();
        cs[i] = z ? new Coordinate(x, y, in.doubleBits()) : new Coordinate(x, y);
      }
      return cs;
    }

    private static Casualties casualties(In in) {
      int c = in.varint();
      if (c == CASUALTIES_NONE) {
        return Casualties.NONE;
      }
      if (c == CASUALTIES_UNKNOWN) {
        return Casualties.UNKNOWN;
      }
      return new Casualties(count(in), count(in), count(in));
    }

    private static CasualtyCount count(In in) {
      int min = in.varint();
      long max = in.varlong();
      return new CasualtyCount(min, max == 0 ? OptionalInt.empty() : OptionalInt.of((int) (max - 1)));
    }
  }

  /** A cursor over encoded bytes. */
  private static final class In {
    final byte[] buf;
    int pos;
    final int end;

    In(byte[] buf, int pos, int end) {
      this.buf = buf;
      this.pos = pos;
      this.end = end;
    }

    int varint() {
      return (int) varlong();
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = buf[pos++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }

    double doubleBits() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = v << 8 | (buf[pos++] & 0xFF);
      }
      return Double.longBitsToDouble(v);
    }
  }
}
