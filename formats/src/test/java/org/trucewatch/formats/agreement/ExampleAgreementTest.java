package org.trucewatch.formats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.Activity;

/** The shipped example agreement reads without problems and says what its comments claim. */
class ExampleAgreementTest {
  private static Agreement agreement;

  @BeforeAll
  static void read() throws Exception {
    String root = System.getProperty("trucewatch.root");
    assumeTrue(root != null, "system property trucewatch.root is not set (surefire sets it to the project root)");
    agreement = new AgreementReader().read(Path.of(root, "examples", "agreements", "black-sea-energy.yaml"));
  }

  private static Point point(double lon, double lat) {
    return Geodesy.WGS84.createPoint(new Coordinate(lon, lat));
  }

  private static ProtectedSitesProvision moratorium() {
    return (ProtectedSitesProvision) agreement.provision("energy-moratorium").orElseThrow();
  }

  @Test
  void holdsTheFiveProvisions() {
    assertThat(agreement.id()).isEqualTo("black-sea-energy-2025");
    assertThat(agreement.parties()).extracting(p -> p.id()).containsExactly("UA", "RU");
    assertThat(agreement.provisions()).extracting(p -> p.id() + ":" + p.kindCode()).containsExactly(
        "energy-moratorium:protected-sites", "black-sea-corridor:corridor", "zmiinyi-closed-area:zone", "kharkiv-dmz:zone",
        "city-alerts:alert-areas");
  }

  @Test
  void moratoriumCoversAtLeastFortyEnergySitesInBothCountriesForThirtyDays() {
    ProtectedSitesProvision m = moratorium();
    assertThat(m.sites()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(m.activities()).containsExactly(Activity.STRIKE);
    assertThat(m.period().toString()).isEqualTo("2025-03-18T00:00:00Z to 2025-04-17T00:00:00Z");
    assertThat(m.sites()).filteredOn(s -> s.country().equals(java.util.Optional.of("UA"))).hasSizeGreaterThan(15);
    assertThat(m.sites()).filteredOn(s -> s.country().equals(java.util.Optional.of("RU"))).hasSizeGreaterThan(15);
    for (ProtectedSite s : m.sites()) {
      assertThat(s.radiusMetres()).as(s.id()).isEqualTo(s.category().equals("nuclear") ? 5000 : 3000);
    }
  }

  @Test
  void zaporizhzhiaNuclearPlantIsWhereItIs() {
    ProtectedSite znpp = moratorium().sites().stream()
        .filter(s -> s.id().equals("zaporizhzhia-npp")).findFirst().orElseThrow();
    assertThat(Geodesy.distanceMetres(znpp.location(), new Coordinate(34.59, 47.51))).isLessThan(3000);
    assertThat(znpp.radiusMetres()).isEqualTo(5000);
  }

  @Test
  void everySiteLiesWithinTheBoundsOfItsCountry() {
    for (ProtectedSite s : moratorium().sites()) {
      Coordinate c = s.location();
      String country = s.country().orElseThrow();
      if (country.equals("UA")) {
        assertThat(c.x).as(s.id()).isBetween(22.1, 40.3);
        assertThat(c.y).as(s.id()).isBetween(44.3, 52.4);
      } else {
        assertThat(country).as(s.id()).isEqualTo("RU");
        assertThat(c.y).as(s.id()).isBetween(41.1, 82.0);
        assertThat(c.x >= 19.6 || c.x <= -168.0).as(s.id() + " longitude " + c.x).isTrue();
      }
    }
  }

  @Test
  void ukrainianSitesLieInsideUkraineAndRussianOnesOutside() throws Exception {
    String shared = System.getProperty("trucewatch.shared");
    Path file = shared == null ? null
        : Path.of(shared, "data", "boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson");
    assumeTrue(file != null && Files.isRegularFile(file),
        "shared data not found (geoBoundaries UKR ADM1 under trucewatch.shared); skipping the boundary check");
    List<Polygon> oblasts = ukraine(file);
    List<ProtectedSite> all = new ArrayList<>(moratorium().sites());
    all.addAll(((AlertAreaProvision) agreement.provision("city-alerts").orElseThrow()).areas());
    for (ProtectedSite s : all) {
      Point p = Geodesy.WGS84.createPoint(s.location());
      boolean inUkraine = oblasts.stream().anyMatch(o -> o.covers(p));
      assertThat(inUkraine).as(s.id() + " at " + s.location()).isEqualTo(s.country().orElseThrow().equals("UA"));
    }
  }

  @Test
  void theSeaAroundZmiinyiIslandIsClosedToShippingAndTheCorridorCrossesItsWesternPart() {
    ZoneProvision closed = (ZoneProvision) agreement.provision("zmiinyi-closed-area").orElseThrow();
    CorridorProvision corridor = (CorridorProvision) agreement.provision("black-sea-corridor").orElseThrow();
    assertThat(closed.activities()).containsExactly(Activity.NAVIGATION);
    Coordinate island = new Coordinate(30.2042, 45.2553);
    assertThat(closed.region().touches(Geodesy.WGS84.createPoint(island))).isTrue();
    // every vertex 12 nautical miles from the island, to within 100 m
    for (Coordinate c : closed.region().outline().getCoordinates()) {
      assertThat(Geodesy.distanceMetres(island, c)).isBetween(22_124.0, 22_324.0);
    }
    // the corridor passes 14 km west of the island, so its band reaches into the area there, and
    // the island itself and the area's east are outside it
    assertThat(corridor.band().distanceFromCentrelineMetres(Geodesy.WGS84.createPoint(island))).isBetween(13_000.0, 15_000.0);
    assertThat(corridor.band().touches(point(30.0, 45.25))).isTrue();
    assertThat(closed.region().touches(point(30.0, 45.25))).isTrue();
    assertThat(corridor.band().touches(point(30.40, 45.25))).isFalse();
  }

  @Test
  void corridorRunsAtSeaFromOdesaToTheBosphorus() {
    CorridorProvision corridor = (CorridorProvision) agreement.provision("black-sea-corridor").orElseThrow();
    assertThat(corridor.band().halfWidthMetres()).isEqualTo(10000);
    assertThat(corridor.activities()).containsExactlyInAnyOrder(
        Activity.STRIKE, Activity.MILITARY_PRESENCE, Activity.NAVIGATION_BREACH);
    Coordinate[] vertices = corridor.band().centreline().getCoordinates();
    assertThat(vertices).hasSizeGreaterThanOrEqualTo(10);
    for (Coordinate c : vertices) {
      // the Black Sea's bounding box
      assertThat(c.x).as("longitude of " + c).isBetween(27.4, 41.8);
      assertThat(c.y).as("latitude of " + c).isBetween(40.9, 46.7);
    }
    // the ends: off the Odesa-region ports, and at the northern entrance of the Bosphorus
    assertThat(corridor.band().touches(point(30.85, 46.45))).isTrue();
    assertThat(Geodesy.distanceMetres(vertices[vertices.length - 1], new Coordinate(29.12, 41.23))).isLessThan(3000);
    assertThat(corridor.band().touches(point(28.80, 44.15))).as("off Constanta").isTrue();
    assertThat(corridor.band().touches(point(27.92, 43.20))).as("Varna, on land").isFalse();
  }

  @Test
  void demilitarisedZoneFollowsTheKharkivRegionBorder() {
    ZoneProvision dmz = (ZoneProvision) agreement.provision("kharkiv-dmz").orElseThrow();
    assertThat(dmz.activities()).containsExactlyInAnyOrder(
        Activity.MILITARY_PRESENCE, Activity.HEAVY_WEAPONS, Activity.MILITARY_FLIGHT, Activity.STRIKE);
    assertThat(dmz.region()).isInstanceOf(LineBand.class);
    LineBand band = (LineBand) dmz.region();
    assertThat(band.halfWidthMetres()).isEqualTo(15000);
    assertThat(band.centreline().getNumPoints()).isBetween(15, 25);
    Geometry outline = band.outline();
    assertThat(outline.isEmpty()).isFalse();
    assertThat(outline.getArea()).isPositive();
    // Vovchansk lies about 5 km from the border, Kharkiv city about 35 km
    assertThat(band.touches(point(36.9411, 50.2908))).isTrue();
    assertThat(band.touches(point(36.2527, 49.9808))).isFalse();
  }

  @Test
  void alertAreasSurroundFiveCities() {
    AlertAreaProvision alerts = (AlertAreaProvision) agreement.provision("city-alerts").orElseThrow();
    assertThat(alerts.prohibits()).isFalse();
    assertThat(alerts.areas()).extracting(ProtectedSite::id)
        .containsExactly("kyiv", "kharkiv", "odesa", "dnipro", "zaporizhzhia");
    assertThat(alerts.areas()).allSatisfy(a -> assertThat(a.radiusMetres()).isBetween(20000.0, 30000.0));
  }

  /** The outer rings of Ukraine's oblasts (and Kyiv and Sevastopol) from geoBoundaries. */
  private static List<Polygon> ukraine(Path file) throws Exception {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Polygon> out = new ArrayList<>();
    for (JsonNode feature : root.get("features")) {
      JsonNode g = feature.get("geometry");
      List<JsonNode> polygons = new ArrayList<>();
      if (g.get("type").asText().equals("Polygon")) {
        polygons.add(g.get("coordinates"));
      } else {
        g.get("coordinates").forEach(polygons::add);
      }
      for (JsonNode polygon : polygons) {
        JsonNode ring = polygon.get(0);
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int i = 0; i < cs.length; i++) {
          cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        LinearRing shell = Geodesy.WGS84.createLinearRing(cs);
        out.add(Geodesy.WGS84.createPolygon(shell));
      }
    }
    return out;
  }
}
