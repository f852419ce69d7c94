package org.trucewatch.formats.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.FieldProblem;
import org.trucewatch.formats.ObservationReader;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.Reject;

/**
 * Reads patrol tracks from GPX 1.1: each {@code trkseg} of each {@code trk} is one unbroken
 * track, cut into swath pieces by {@link TrackPieces}. The track's {@code name} is its platform;
 * its {@code src} (GPX's "source of data"), when a valid source id, is the source, else the name
 * in lower case with hyphens. An extension element named {@code swath_width_m} (in any namespace)
 * sets the sensor's footprint width. A point without {@code time} or with a bad position is
 * rejected by its line; the track's other points are kept. Thread-safe.
 */
public final class GpxTrackReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "gpx";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<Observation> out = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    int trk = -1;
    int seg = -1;
    String trkName = null;
    String trkSrc = null;
    String trkWidth = null;
    PatrolTrack current = null;
    long ptLine = 0;
    String ptLat = null;
    String ptLon = null;
    String ptTime = null;
    XMLStreamReader x = null;
    try {
      x = TrackXml.open(raw);
      List<String> path = new ArrayList<>();
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = x.getLocalName();
          String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
          path.add(el);
          if (el.equals("trk")) {
            trk++;
            seg = -1;
            trkName = null;
            trkSrc = null;
            trkWidth = null;
          } else if (el.equals("trkseg")) {
            seg++;
            current = new PatrolTrack(x.getLocation().getLineNumber());
          } else if (el.equals("trkpt")) {
            ptLine = x.getLocation().getLineNumber();
            ptLat = x.getAttributeValue(null, "lat");
            ptLon = x.getAttributeValue(null, "lon");
            ptTime = null;
          } else if (el.equals("name") && parent.equals("trk")) {
            trkName = x.getElementText();
            path.remove(path.size() - 1);
          } else if (el.equals("src") && parent.equals("trk")) {
            trkSrc = x.getElementText();
            path.remove(path.size() - 1);
          } else if (el.equals("swath_width_m") && path.contains("trk") && !path.contains("trkseg")) {
            trkWidth = x.getElementText();
            path.remove(path.size() - 1);
          } else if (el.equals("time") && parent.equals("trkpt")) {
            ptTime = x.getElementText();
            path.remove(path.size() - 1);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String el = x.getLocalName();
          path.remove(path.size() - 1);
          String at = "trk[" + trk + "].trkseg[" + seg + "]";
          if (el.equals("trkpt") && current != null) {
            try {
              current.fixes.add(point(ptLat, ptLon, ptTime, at + ".trkpt"));
            } catch (FieldProblem e) {
              rejects.add(new Reject(name, ptLine, e.field, e.reason));
            }
          } else if (el.equals("trkseg") && current != null) {
            current.name = trkName;
            current.source = trkSrc != null && org.trucewatch.formats.sources.SourceIds.problem(trkSrc.strip()).isEmpty()
                ? trkSrc : null;
            current.swathWidth = trkWidth;
            current.finish(name, entrySha256, at, out, rejects);
            current = null;
          }
        }
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      rejects.add(new Reject(name, line, "", "not well-formed XML: " + message(e) + "; tracks before this point are kept"));
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over bytes in memory releases nothing that matters
        }
      }
    }
    return new ReadResult(out, rejects);
  }

  private static TimedPosition point(String lat, String lon, String time, String at) throws FieldProblem {
    if (time == null || time.isBlank()) {
      throw new FieldProblem(at + ".time", "missing: a patrol point needs its time");
    }
    Instant t = JsonFields.time(time.strip(), at + ".time");
    double la = number(lat, at + ".lat");
    double lo = number(lon, at + ".lon");
    var c = JsonFields.latLon(la, lo, at + ".lat", at + ".lon");
    return new TimedPosition(t, c.x, c.y);
  }

  static double number(String text, String field) throws FieldProblem {
    if (text == null) {
      throw new FieldProblem(field, "missing");
    }
    try {
      double v = Double.parseDouble(text.strip());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new FieldProblem(field, "must be a number of degrees, not '" + text + "'");
    }
  }

  static String message(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int i = m.lastIndexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).strip();
  }
}
