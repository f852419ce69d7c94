package org.trucewatch.formats.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

class TrackReadersTest {
  private static String gpxPoints(int from, int to, double lon0) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(String.format(java.util.Locale.ROOT,
          "      <trkpt lat=\"50.2\" lon=\"%.4f\"><ele>1200</ele><time>%s</time></trkpt>%n",
          lon0 + i * 0.01, Instant.parse("2025-03-19T06:00:00Z").plusSeconds(60L * i)));
    }
    return sb.toString();
  }

  private static final String GPX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<gpx version=\"1.1\" creator=\"trucewatch sim\" xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:tw=\"https://trucewatch.org/gpx\">\n"
      + "  <trk><name>mission-uav-1</name><extensions><tw:swath_width_m>4000</tw:swath_width_m></extensions>\n"
      + "    <trkseg>\n" + gpxPoints(0, 25, 36.0)
      + "      <trkpt lat=\"50.2\" lon=\"east\"><time>2025-03-19T06:25:00Z</time></trkpt>\n"
      + "    </trkseg>\n"
      + "    <trkseg>\n" + gpxPoints(40, 46, 36.0) + "    </trkseg>\n"
      + "  </trk>\n</gpx>\n";

  @Test
  void gpxSegmentsBecomeTenMinutePiecesAndABadPointIsRejectedAlone() {
    ReadResult r = new GpxTrackReader().read("uav-1.gpx", "0".repeat(64), GPX.getBytes(StandardCharsets.UTF_8));
    assertThat(r.rejects()).extracting(Object::toString)
        .containsExactly("uav-1.gpx:30: trk[0].trkseg[0].trkpt.lon: must be a number of degrees, not 'east'");
    List<Observation> pieces = r.observations();
    // 25 one-minute fixes: 06:00-06:10, 06:10-06:20, 06:20-06:24; a second segment 06:40-06:45
    assertThat(pieces).extracting(o -> o.attributes().get("start") + "/" + o.eventTime()).containsExactly(
        "2025-03-19T06:00:00Z/2025-03-19T06:10:00Z", "2025-03-19T06:10:00Z/2025-03-19T06:20:00Z",
        "2025-03-19T06:20:00Z/2025-03-19T06:24:00Z", "2025-03-19T06:40:00Z/2025-03-19T06:45:00Z");
    assertThat(pieces.get(0).sourceId()).isEqualTo("mission-uav-1");
    assertThat(pieces.get(0).attributes()).containsEntry("swath_width_m", "4000").containsEntry("footprint", "patrol-swath");
    assertThat(pieces.get(0).geometry().getNumPoints()).isEqualTo(11);
    assertThat(FormatDetector.detect("t.xml", GPX.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.GPX);
  }

  private static final String KML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
      <Document><name>Patrols 19 March</name>
        <Placemark><name>Mission UAV 2</name>
          <ExtendedData><Data name="swath_width_m"><value>3500</value></Data><Data name="source"><value>mission-uav-2</value></Data></ExtendedData>
          <gx:Track>
            <when>2025-03-19T12:00:00Z</when><when>2025-03-19T12:02:00Z</when><when>2025-03-19T12:04:00Z</when>
            <gx:coord>36.60 50.30 1500</gx:coord><gx:coord>36.62 50.31 1500</gx:coord><gx:coord>36.64 50.32 1500</gx:coord>
          </gx:Track>
        </Placemark>
        <Placemark><name>Mission UAV 4</name>
          <gx:Track>
            <when>2025-03-19T12:00:00Z</when><when>2025-03-19T12:02:00Z</when>
            <gx:coord>36.60 50.30 1500</gx:coord>
          </gx:Track>
        </Placemark>
      </Document></kml>
      """;

  @Test
  void kmlTracksPairWhenAndCoordAndAMismatchIsRejected() {
    ReadResult r = new KmlTrackReader().read("uav-2.kml", "0".repeat(64), KML.getBytes(StandardCharsets.UTF_8));
    assertThat(r.observations()).singleElement().satisfies(o -> {
      assertThat(o.sourceId()).isEqualTo("mission-uav-2");
      assertThat(o.attributes()).containsEntry("platform", "Mission UAV 2").containsEntry("swath_width_m", "3500");
      assertThat(o.geometry().getCoordinates()[2].x).isEqualTo(36.64);
      assertThat(o.eventTime()).isEqualTo(Instant.parse("2025-03-19T12:04:00Z"));
    });
    assertThat(r.rejects()).extracting(Object::toString).containsExactly(
        "uav-2.kml:12: Placemark[1].Track[0]: 2 when elements for 1 gx:coord elements; each position needs its time");
    assertThat(FormatDetector.detect("t.xml", KML.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.KML);
  }

  @Test
  void malformedXmlIsRejectedWithItsLine() {
    ReadResult r = new GpxTrackReader().read("bad.gpx", "0".repeat(64), "<gpx>\n<trk>\n</gpx>".getBytes(StandardCharsets.UTF_8));
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.line()).isEqualTo(3);
      assertThat(j.reason()).startsWith("not well-formed XML");
    });
  }
}
