package org.trucewatch.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.formats.track.TimedPosition;

/**
 * Writes the air layer: the odd-numbered drones' tracks as GPX 1.1 ({@code
 * inputs/patrol_<drone>.gpx}), the even-numbered ones' as KML with {@code gx:Track} ({@code
 * inputs/patrol_<drone>.kml}), detections and imagery footprints as GeoJSON ({@code
 * inputs/air_detections.geojson}), the air sources ({@code inputs/air_sources.yaml}), and the
 * planted objects merged into {@code truth.jsonl} (by time, then id).
 */
final class AirScenarioWriter {
  /** The detections file under {@code inputs/}. */
  static final String DETECTIONS_FILE = "air_detections.geojson";
  /** The air sources file under {@code inputs/}. */
  static final String SOURCES_FILE = "air_sources.yaml";

  private AirScenarioWriter() {}

  static void write(AirScenario air, List<TruthEvent> groundTruth, Path outDir) throws IOException {
    Path inputs = outDir.resolve("inputs");
    Files.createDirectories(inputs);
    TreeMap<String, List<AirScenario.Sortie>> byDrone = new TreeMap<>();
    for (AirScenario.Sortie s : air.sorties()) {
      byDrone.computeIfAbsent(s.platform(), k -> new ArrayList<>()).add(s);
    }
    for (var e : byDrone.entrySet()) {
      int n = Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf('-') + 1));
      if (n % 2 == 1) {
        write(inputs.resolve("patrol_" + e.getKey() + ".gpx"), gpx(e.getKey(), e.getValue()));
      } else {
        write(inputs.resolve("patrol_" + e.getKey() + ".kml"), kml(e.getKey(), e.getValue()));
      }
    }
    if (!air.detections().isEmpty()) {
      write(inputs.resolve(DETECTIONS_FILE), geoJson(air.detections()));
    }
    if (!air.sources().isEmpty()) {
      write(inputs.resolve(SOURCES_FILE), SourcesYamlFormat.file(air.sources()));
    }
    List<TruthEvent> truth = new ArrayList<>(groundTruth);
    truth.addAll(air.truth());
    truth.sort(Comparator.comparing(TruthEvent::time).thenComparing(TruthEvent::id));
    write(outDir.resolve(ScenarioWriter.TRUTH_FILE), TruthJsonFormat.file(truth));
  }

  static String gpx(String drone, List<AirScenario.Sortie> sorties) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<gpx version=\"1.1\" creator=\"trucewatch sim\" xmlns=\"http://www.topografix.com/GPX/1/1\""
        + " xmlns:tw=\"https://trucewatch.org/xmlns/gpx/1\">\n");
    sb.append("  <trk>\n    <name>").append(drone).append("</name>\n    <src>").append(drone).append("</src>\n")
        .append("    <extensions><tw:swath_width_m>").append(Decimals.text(sorties.get(0).swathWidthMetres(), 0))
        .append("</tw:swath_width_m></extensions>\n");
    for (AirScenario.Sortie s : sorties) {
      sb.append("    <trkseg>\n");
      for (TimedPosition f : s.fixes()) {
        sb.append("      <trkpt lat=\"").append(Decimals.text(f.lat(), 5)).append("\" lon=\"")
            .append(Decimals.text(f.lon(), 5)).append("\"><ele>1500</ele><time>").append(f.time())
            .append("</time></trkpt>\n");
      }
      sb.append("    </trkseg>\n");
    }
    return sb.append("  </trk>\n</gpx>\n").toString();
  }

  static String kml(String drone, List<AirScenario.Sortie> sorties) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">\n"
        + "<Document>\n  <name>Patrols of ").append(drone).append("</name>\n");
    sb.append("  <Placemark>\n    <name>").append(drone).append("</name>\n    <ExtendedData>\n")
        .append("      <Data name=\"source\"><value>").append(drone).append("</value></Data>\n")
        .append("      <Data name=\"swath_width_m\"><value>").append(Decimals.text(sorties.get(0).swathWidthMetres(), 0))
        .append("</value></Data>\n    </ExtendedData>\n    <gx:MultiTrack>\n");
    for (AirScenario.Sortie s : sorties) {
      sb.append("      <gx:Track>\n");
      for (TimedPosition f : s.fixes()) {
        sb.append("        <when>").append(f.time()).append("</when>\n");
      }
      for (TimedPosition f : s.fixes()) {
        sb.append("        <gx:coord>").append(Decimals.text(f.lon(), 5)).append(' ').append(Decimals.text(f.lat(), 5))
            .append(" 1500</gx:coord>\n");
      }
      sb.append("      </gx:Track>\n");
    }
    return sb.append("    </gx:MultiTrack>\n  </Placemark>\n</Document>\n</kml>\n").toString();
  }

  static String geoJson(List<AirScenario.AirDetection> detections) {
    StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < detections.size(); i++) {
      AirScenario.AirDetection d = detections.get(i);
      sb.append("{\"type\":\"Feature\",\"geometry\":");
      if (d.position() != null) {
        sb.append("{\"type\":\"Point\",\"coordinates\":[").append(Decimals.text(d.position().x, 5)).append(',')
            .append(Decimals.text(d.position().y, 5)).append("]},\"properties\":{\"class\":\"").append(d.cls())
            .append("\",\"confidence\":").append(Decimals.text(d.confidence(), 2)).append(",\"count\":")
            .append(d.count());
        if (!Double.isNaN(d.calibreMillimetres())) {
          sb.append(",\"calibre_mm\":").append(Decimals.text(d.calibreMillimetres(), 0));
        }
      } else {
        sb.append("{\"type\":\"Polygon\",\"coordinates\":[[");
        Coordinate[] ring = d.footprint();
        for (int k = 0; k < ring.length; k++) {
          sb.append(k == 0 ? "[" : ",[").append(Decimals.text(ring[k].x, 5)).append(',')
              .append(Decimals.text(ring[k].y, 5)).append(']');
        }
        sb.append("]]},\"properties\":{\"footprint\":\"imagery\"");
      }
      sb.append(",\"time\":\"").append(d.time()).append("\",\"platform\":\"").append(d.platform())
          .append("\",\"sensor\":\"").append(d.sensor()).append("\"}}");
      sb.append(i + 1 < detections.size() ? ",\n" : "\n");
    }
    return sb.append("]}\n").toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
