package org.trucewatch.formats.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.formats.ais.AisNmeaWriter;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.formats.ais.ShipDimensions;
import org.w3c.dom.Document;

class TrackWritersTest {
  private static List<VesselTrack> tracks() {
    AisNmeaWriter w = new AisNmeaWriter();
    StringBuilder sb = new StringBuilder(w.staticVoyage("st", 1742990400L, 'A', 272000001, 0, "UX1", "A & B <SHIP>", 70,
        new ShipDimensions(100, 20, 10, 10), "", 8.0));
    for (int i = 0; i < 12; i++) {
      sb.append(w.classAPosition("st", 1742990400L + 300L * i, 'A', 272000001, 0, 46.0 + i * 0.01, 30.8, 7.0, 0.0, 0, 0));
    }
    // a spoofed fix 300 km away between two real ones
    sb.append(w.classAPosition("st", 1742990400L + 3610, 'A', 272000001, 0, 43.0, 33.0, 7.0, 0.0, 0, 0));
    sb.append(w.classAPosition("st", 1742990400L, 'B', 272000002, 0, 45.0, 31.0, 0.0, 0.0, 0, 0));
    var r = new AisObservationReader(60, Set.of()).read("t.nmea", "ab".repeat(32),
        sb.toString().getBytes(StandardCharsets.US_ASCII));
    return VesselTrack.fromObservations(r.observations(), 60);
  }

  @Test
  void geoJsonHasALineStringPerShipWithoutTheImplausibleJump() throws Exception {
    JsonNode fc = new ObjectMapper().readTree(new TrackGeoJsonWriter().render(tracks()));
    assertThat(fc.get("features")).hasSize(2);
    JsonNode ship = fc.get("features").get(0);
    assertThat(ship.get("geometry").get("type").asText()).isEqualTo("LineString");
    assertThat(ship.get("geometry").get("coordinates")).hasSize(12);
    assertThat(ship.get("properties").get("implausible_jumps").asInt()).isEqualTo(1);
    assertThat(ship.get("properties").get("name").asText()).isEqualTo("A & B <SHIP>");
    assertThat(ship.get("geometry").get("coordinates").get(11).get(1).asDouble()).isEqualTo(46.11);
    assertThat(fc.get("features").get(1).get("geometry").get("type").asText()).isEqualTo("Point");
  }

  @Test
  void kmlIsWellFormedWithAPlacemarkPerTrack() throws Exception {
    String kml = new TrackKmlWriter().render(tracks());
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.getElementsByTagName("Placemark").getLength()).isEqualTo(1);
    assertThat(d.getElementsByTagName("name").item(1).getTextContent()).isEqualTo("A & B <SHIP>");
    assertThat(d.getElementsByTagName("coordinates").item(0).getTextContent().split(" ")).hasSize(12);
  }
}
