package org.trucewatch.formats.track;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.maritime.ShipTracks;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;

/**
 * Writes vessel tracks as KML 2.2 for Google Earth and QGIS: a Placemark per ship named by its
 * name (or MMSI), a LineString through its plausible positions, and a TimeSpan from its first to
 * its last. Deterministic: tracks in the order given.
 */
public final class TrackKmlWriter {
  /** The KML text. */
  public String render(List<VesselTrack> tracks) {
    StringWriter out = new StringWriter();
    try {
      write(tracks, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the KML text to {@code out}, a ship at a time. */
  public void write(List<VesselTrack> tracks, Writer out) throws IOException {
    write((Iterable<VesselTrack>) tracks, out);
  }

  /** Writes the KML text for these ships' tracks, taking one track at a time ({@link ShipTracks#track}). */
  public void write(ShipTracks ships, Writer out) throws IOException {
    write(ShipTracks.inOrder(ships), out);
  }

  private void write(Iterable<VesselTrack> tracks, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>Vessel tracks</name>\n");
    for (VesselTrack t : tracks) {
      List<TrackPoint> pts = t.plausiblePoints();
      if (pts.size() < 2) {
        continue;
      }
      out.append(sb);
      sb.setLength(0);
      sb.append("<Placemark>\n<name>").append(xml(t.name().isEmpty() ? Integer.toString(t.mmsi()) : t.name()))
          .append("</name>\n<description>MMSI ").append(t.mmsi()).append(", ship type ").append(t.shipType())
          .append(", ").append(pts.size()).append(" positions</description>\n")
          .append("<TimeSpan><begin>").append(pts.get(0).time()).append("</begin><end>")
          .append(pts.get(pts.size() - 1).time()).append("</end></TimeSpan>\n")
          .append("<LineString><tessellate>1</tessellate><coordinates>");
      for (int i = 0; i < pts.size(); i++) {
        sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6f,%.6f,0", pts.get(i).position().x,
            pts.get(i).position().y));
      }
      sb.append("</coordinates></LineString>\n</Placemark>\n");
    }
    out.append(sb.append("</Document>\n</kml>\n"));
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
