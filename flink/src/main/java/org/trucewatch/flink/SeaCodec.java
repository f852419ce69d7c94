package org.trucewatch.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.observation.Observation;

/**
 * The payloads the sea and fusion stages send on, as bytes: a plausible fix (MMSI, time, position:
 * all that reception needs), a slot's slow fix (the observation and the speed it was judged by), a
 * silence (its two fixes), a ship's name and type, a list of MMSIs, and a list of encoded
 * observations. Doubles travel bit for bit.
 */
final class SeaCodec {
  private SeaCodec() {}

  /** A plausible fix of ship {@code mmsi}, as reception sees it. */
  record Fix(int mmsi, long millis, Coordinate position) {}

  /** A ship's name and AIS type, as its whole track says. */
  record Vessel(String name, int shipType) {}

  static byte[] fix(int mmsi, long millis, Coordinate c) {
    return write(out -> {
      out.writeInt(mmsi);
      out.writeLong(millis);
      out.writeDouble(c.x);
      out.writeDouble(c.y);
    });
  }

  static Fix fix(byte[] b) {
    return read(b, in -> new Fix(in.readInt(), in.readLong(), new Coordinate(in.readDouble(), in.readDouble())));
  }

  /** A slot's slow fix: the point's observation and the speed the encounter detector judged it by. */
  static byte[] slotFix(TrackPoint p) {
    return write(out -> {
      out.writeDouble(p.speedKnots());
      writeBytes(out, bare(p.observation()));
    });
  }

  static TrackPoint slotFix(byte[] b) {
    return read(b, in -> {
      double knots = in.readDouble();
      return point(ObservationCodec.decode(readBytes(in)).observation(), knots);
    });
  }

  /** A silence: the fixes before and after it. */
  static byte[] silence(TrackPoint before, TrackPoint after) {
    return pack(List.of(bare(before.observation()), bare(after.observation())));
  }

  /** The fixes before and after a silence. */
  static List<TrackPoint> silence(byte[] b) {
    List<TrackPoint> out = new ArrayList<>(2);
    for (byte[] o : unpack(b)) {
      Observation fix = ObservationCodec.decode(o).observation();
      out.add(point(fix, Double.NaN));
    }
    return out;
  }

  static byte[] vessel(String name, int shipType) {
    return write(out -> {
      out.writeUTF(name);
      out.writeInt(shipType);
    });
  }

  static Vessel vessel(byte[] b) {
    return read(b, in -> new Vessel(in.readUTF(), in.readInt()));
  }

  /** MMSIs, in the order given. */
  static byte[] mmsis(java.util.Collection<Integer> mmsis) {
    return write(out -> {
      out.writeInt(mmsis.size());
      for (int m : mmsis) {
        out.writeInt(m);
      }
    });
  }

  static List<Integer> mmsis(byte[] b) {
    return read(b, in -> {
      int n = in.readInt();
      List<Integer> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(in.readInt());
      }
      return out;
    });
  }

  static byte[] pack(List<byte[]> parts) {
    return write(out -> {
      out.writeInt(parts.size());
      for (byte[] p : parts) {
        writeBytes(out, p);
      }
    });
  }

  static List<byte[]> unpack(byte[] b) {
    return read(b, in -> {
      int n = in.readInt();
      List<byte[]> parts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parts.add(readBytes(in));
      }
      return parts;
    });
  }

  static byte[] bare(Observation o) {
    return ObservationCodec.encode(new EnrichedObservation(o, List.of()));
  }

  // a track point as VesselTrack makes it (position: the representative coordinate), known plausible
  private static TrackPoint point(Observation o, double knots) {
    return new TrackPoint(o, o.eventTime(), o.representativeCoordinate(), knots, false);
  }

  private interface Writing {
    void to(DataOutputStream out) throws IOException;
  }

  private interface Reading<T> {
    T from(DataInputStream in) throws IOException;
  }

  private static byte[] write(Writing w) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      w.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] b, Reading<T> r) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
      return r.from(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a payload of the sea stages: " + e.getMessage(), e);
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return b;
  }
}
