package org.trucewatch.formats.track;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.maritime.CorridorTransit;
import org.trucewatch.core.maritime.CorridorTransitDetector;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;

/**
 * Writes vessel tracks as an RFC 7946 GeoJSON FeatureCollection: one feature per ship, a
 * LineString through its plausible positions in time order (a Point when it has one), with
 * properties {@code mmsi}, {@code name}, {@code ship_type}, {@code start}, {@code end}, {@code
 * points}, {@code implausible_jumps} (positions left out as spoofed or mis-decoded) and, when
 * given, {@code corridor_transits}.
 * Coordinates to 6 decimals (about 10 cm). Deterministic: tracks in the order given.
 */
public final class TrackGeoJsonWriter {
  /** The GeoJSON text, without corridor transits. */
  public String render(List<VesselTrack> tracks) {
    return render(tracks, List.of());
  }

  /**
   * The GeoJSON text; each ship's stays in corridors go in its {@code corridor_transits} property
   * ({@code corridor}, {@code entered}, {@code exited}, {@code dwell_minutes}, {@code
   * from_outside}, {@code to_outside}).
   */
  public String render(List<VesselTrack> tracks, List<CorridorTransit> transits) {
    StringWriter out = new StringWriter();
    try {
      write(tracks, transits, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the text of {@link #render(List, List)} to {@code out}, a ship at a time. */
  public void write(List<VesselTrack> tracks, List<CorridorTransit> transits, Writer out) throws IOException {
    java.util.Map<Integer, List<CorridorTransit>> byMmsi = new java.util.HashMap<>();
    for (CorridorTransit c : transits) {
      byMmsi.computeIfAbsent(c.mmsi(), k -> new java.util.ArrayList<>()).add(c);
    }
    write(tracks, t -> byMmsi.getOrDefault(t.mmsi(), List.of()), out);
  }

  /**
   * Writes the text of {@link #render(List, List)} for these ships' tracks, taking one track at a
   * time ({@link ShipTracks#track}) with its stays in these corridors: a month of a sea's traffic
   * is never held as track objects at once.
   */
  public void write(ShipTracks ships, CorridorTransitDetector corridors, Writer out) throws IOException {
    write(ShipTracks.inOrder(ships), t -> corridors.detect(List.of(t)), out);
  }

  private void write(Iterable<VesselTrack> tracks, java.util.function.Function<VesselTrack, List<CorridorTransit>> transitsOf,
      Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 16);
    out.write("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (VesselTrack t : tracks) {
      List<TrackPoint> pts = t.plausiblePoints();
      if (pts.isEmpty()) {
        continue;
      }
      sb.setLength(0);
      sb.append(first ? "\n" : ",\n");
      first = false;
      sb.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"").append(pts.size() == 1 ? "Point" : "LineString")
          .append("\",\"coordinates\":");
      if (pts.size() == 1) {
        coordinate(sb, pts.get(0));
      } else {
        sb.append('[');
        for (int i = 0; i < pts.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          coordinate(sb, pts.get(i));
        }
        sb.append(']');
      }
      sb.append("},\"properties\":{\"mmsi\":").append(t.mmsi()).append(",\"name\":");
      quote(sb, t.name());
      sb.append(",\"ship_type\":").append(t.shipType())
          .append(",\"start\":\"").append(pts.get(0).time()).append('"')
          .append(",\"end\":\"").append(pts.get(pts.size() - 1).time()).append('"')
          .append(",\"points\":").append(pts.size())
          .append(",\"implausible_jumps\":").append(t.points().size() - pts.size());
      List<CorridorTransit> mine = transitsOf.apply(t);
      if (!mine.isEmpty()) {
        sb.append(",\"corridor_transits\":[");
        for (int i = 0; i < mine.size(); i++) {
          CorridorTransit c = mine.get(i);
          sb.append(i == 0 ? "" : ",").append("{\"corridor\":");
          quote(sb, c.corridorId());
          sb.append(",\"entered\":\"").append(c.entered()).append("\",\"exited\":\"").append(c.exited())
              .append("\",\"dwell_minutes\":").append(c.dwell().toMinutes())
              .append(",\"from_outside\":").append(c.enteredFromOutside())
              .append(",\"to_outside\":").append(c.leftToOutside()).append('}');
        }
        sb.append(']');
      }
      sb.append("}}");
      out.append(sb);
    }
    out.write("\n]}\n");
  }

  private static void coordinate(StringBuilder sb, TrackPoint p) {
    sb.append('[').append(String.format(Locale.ROOT, "%.6f", p.position().x)).append(',')
        .append(String.format(Locale.ROOT, "%.6f", p.position().y)).append(']');
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
