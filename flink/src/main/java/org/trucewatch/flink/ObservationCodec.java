package org.trucewatch.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/**
 * Encodes an enriched observation to bytes and back without loss: doubles and geometry (as WKB)
 * bit for bit, the id carried rather than recomputed. This is how observations cross Flink's
 * network and sit in its state, so that no generic (Kryo) serialisation touches them.
 */
public final class ObservationCodec {
  private static final int VERSION = 1;

  private ObservationCodec() {}

  /** The bytes of an enriched observation. */
  public static byte[] encode(EnrichedObservation e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Observation o = e.observation();
      out.writeByte(VERSION);
      out.writeUTF(o.id().hex());
      out.writeUTF(o.sourceId());
      out.writeUTF(o.kind().code());
      out.writeLong(o.eventTime().getEpochSecond());
      out.writeInt(o.eventTime().getNano());
      byte[] wkb = new WKBWriter(2, true).write(o.geometry());
      out.writeInt(wkb.length);
      out.write(wkb);
      out.writeDouble(o.uncertaintyMetres());
      out.writeByte(o.credibility().rating());
      out.writeInt(o.attributes().size());
      for (Map.Entry<String, String> a : o.attributes().entrySet()) {
        writeLongUtf(out, a.getKey());
        writeLongUtf(out, a.getValue());
      }
      writeCount(out, o.casualties().killed());
      writeCount(out, o.casualties().injured());
      writeCount(out, o.casualties().minors());
      writeLongUtf(out, o.provenance().entrySha256());
      writeLongUtf(out, o.provenance().name());
      out.writeLong(o.provenance().line());
      out.writeInt(e.touches().size());
      for (Touch t : e.touches()) {
        out.writeUTF(t.provisionId());
        out.writeUTF(t.elementId());
        writeLongUtf(out, t.elementName());
        out.writeUTF(t.category());
        out.writeDouble(t.distanceMetres());
        out.writeDouble(t.limitMetres());
      }
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return bytes.toByteArray();
  }

  /**
   * The enriched observation of these bytes.
   *
   * @throws IllegalArgumentException when the bytes are not an encoding of this version
   */
  public static EnrichedObservation decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("observation encoding version " + version + ", expected " + VERSION);
      }
      ObservationId id = new ObservationId(in.readUTF());
      String sourceId = in.readUTF();
      ObservationKind kind = ObservationKind.parse(in.readUTF());
      Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
      byte[] wkb = new byte[in.readInt()];
      in.readFully(wkb);
      var geometry = new WKBReader(Geodesy.WGS84).read(wkb);
      double uncertainty = in.readDouble();
      Credibility credibility = Credibility.of(in.readByte());
      int n = in.readInt();
      TreeMap<String, String> attributes = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        attributes.put(readLongUtf(in), readLongUtf(in));
      }
      Casualties casualties = new Casualties(readCount(in), readCount(in), readCount(in));
      Provenance provenance = new Provenance(readLongUtf(in), readLongUtf(in), in.readLong());
      int touches = in.readInt();
      List<Touch> t = new ArrayList<>(touches);
      for (int i = 0; i < touches; i++) {
        t.add(new Touch(in.readUTF(), in.readUTF(), readLongUtf(in), in.readUTF(), in.readDouble(), in.readDouble()));
      }
      return new EnrichedObservation(
          new Observation(id, sourceId, kind, time, geometry, uncertainty, credibility, attributes, casualties, provenance),
          t);
    } catch (IOException | ParseException x) {
      throw new IllegalArgumentException("not an encoded observation: " + x.getMessage(), x);
    }
  }

  private static void writeCount(DataOutputStream out, CasualtyCount c) throws IOException {
    out.writeInt(c.min());
    out.writeInt(c.max().isPresent() ? c.max().getAsInt() : -1);
  }

  private static CasualtyCount readCount(DataInputStream in) throws IOException {
    int min = in.readInt();
    int max = in.readInt();
    return new CasualtyCount(min, max < 0 ? OptionalInt.empty() : OptionalInt.of(max));
  }

  // writeUTF stops at 64 KiB; report texts can be longer
  private static void writeLongUtf(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLongUtf(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
