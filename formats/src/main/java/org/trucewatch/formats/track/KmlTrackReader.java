package org.trucewatch.formats.track;

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
 * Reads patrol tracks from KML 2.2: each {@code gx:Track} (alone, or within a {@code
 * gx:MultiTrack}) of a {@code Placemark} is one unbroken track, its {@code when} elements paired
 * in order with its {@code gx:coord} elements ("lon lat alt"). The placemark's {@code name} is the
 * platform; {@code ExtendedData} may give {@code source}, {@code sensor} and {@code
 * swath_width_m} as {@code <Data name="..."><value>...</value></Data>}. A track whose counts of
 * times and positions differ, or with a bad time or position, is rejected by its line; the
 * file's other tracks are read. Thread-safe.
 */
public final class KmlTrackReader implements ObservationReader {
  /** The format name stored in the ledger. */
  public static final String FORMAT = "kml";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ReadResult read(String name, String entrySha256, byte[] raw) {
    List<Observation> out = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    int placemark = -1;
    int track = -1;
    String pmName = null;
    String source = null;
    String sensor = null;
    String width = null;
    String dataName = null;
    List<Track> tracks = new ArrayList<>();
    Track current = null;
    XMLStreamReader x = null;
    try {
      x = TrackXml.open(raw);
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = x.getLocalName();
          if (el.equals("Placemark")) {
            placemark++;
            track = -1;
            pmName = null;
            source = null;
            sensor = null;
            width = null;
            tracks.clear();
          } else if (el.equals("name") && placemark >= 0 && current == null) {
            pmName = x.getElementText();
          } else if (el.equals("Data")) {
            dataName = x.getAttributeValue(null, "name");
          } else if (el.equals("value") && dataName != null) {
            String v = x.getElementText();
            if (dataName.equals("source")) {
              source = v;
            } else if (dataName.equals("sensor")) {
              sensor = v;
            } else if (dataName.equals("swath_width_m")) {
              width = v;
            }
          } else if (el.equals("Track")) {
            track++;
            current = new Track(x.getLocation().getLineNumber(), "Placemark[" + placemark + "].Track[" + track + "]");
          } else if (el.equals("when") && current != null) {
            current.whens.add(x.getElementText());
          } else if (el.equals("coord") && current != null) {
            current.coords.add(x.getElementText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String el = x.getLocalName();
          if (el.equals("Data")) {
            dataName = null;
          } else if (el.equals("Track") && current != null) {
            tracks.add(current);
            current = null;
          } else if (el.equals("Placemark")) {
            for (Track t : tracks) {
              finish(t, pmName, source, sensor, width, name, entrySha256, out, rejects);
            }
            tracks.clear();
          }
        }
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      rejects.add(new Reject(name, line, "", "not well-formed XML: " + GpxTrackReader.message(e)
          + "; tracks before this point are kept"));
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

  private static final class Track {
    final long line;
    final String at;
    final List<String> whens = new ArrayList<>();
    final List<String> coords = new ArrayList<>();

    Track(long line, String at) {
      this.line = line;
      this.at = at;
    }
  }

  private static void finish(Track t, String pmName, String source, String sensor, String width, String file,
      String entrySha256, List<Observation> out, List<Reject> rejects) {
    if (t.whens.size() != t.coords.size()) {
      rejects.add(new Reject(file, t.line, t.at, t.whens.size() + " when elements for " + t.coords.size()
          + " gx:coord elements; each position needs its time"));
      return;
    }
    PatrolTrack p = new PatrolTrack(t.line);
    p.name = pmName;
    p.source = source;
    p.sensor = sensor;
    p.swathWidth = width;
    try {
      for (int i = 0; i < t.whens.size(); i++) {
        String[] parts = t.coords.get(i).strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
          throw new FieldProblem(t.at + ".coord[" + i + "]", "must be 'longitude latitude [altitude]', not '"
              + t.coords.get(i).strip() + "'");
        }
        double lon = GpxTrackReader.number(parts[0], t.at + ".coord[" + i + "]");
        double lat = GpxTrackReader.number(parts[1], t.at + ".coord[" + i + "]");
        var c = JsonFields.latLon(lat, lon, t.at + ".coord[" + i + "]", t.at + ".coord[" + i + "]");
        p.fixes.add(new TimedPosition(JsonFields.time(t.whens.get(i).strip(), t.at + ".when[" + i + "]"), c.x, c.y));
      }
    } catch (FieldProblem e) {
      rejects.add(new Reject(file, t.line, e.field, e.reason));
      return;
    }
    p.finish(file, entrySha256, t.at, out, rejects);
  }
}
