package org.trucewatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.Region;

/** Where the simulated things are, checked with core's own geodesy, over several seeds. */
class ScenarioGeometryTest {
  private static final Agreement AGREEMENT = TestAgreements.blackSeaEnergy();
  private static final Map<String, ProtectedSite> SITES = TestAgreements.energySites().sites().stream()
      .collect(Collectors.toMap(s -> "energy-moratorium/" + s.id(), Function.identity(), (a, b) -> a, TreeMap::new));

  private static Scenario scenario(long seed) {
    return new ScenarioSimulator(AGREEMENT, seed)
        .generate(ScenarioSimulator.defaultStart(AGREEMENT), ScenarioSimulator.DEFAULT_LENGTH);
  }

  private static Map<String, TruthEvent> truthById(Scenario s) {
    Map<String, TruthEvent> m = new TreeMap<>();
    s.truth().forEach(e -> m.put(e.id(), e));
    return m;
  }

  private static Point point(double lat, double lon) {
    return Geodesy.WGS84.createPoint(new Coordinate(lon, lat));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void strikeFiresLieWithinTheirSiteRadiusAndNearMissFiresOutside(long seed) {
    Scenario s = scenario(seed);
    Map<String, TruthEvent> truth = truthById(s);
    int onSites = 0;
    for (FirmsDetection d : s.detections()) {
      if (d.eventId().isEmpty()) {
        continue;
      }
      TruthEvent e = truth.get(d.eventId().get());
      assertThat(e).isNotNull();
      ProtectedSite site = SITES.get(e.elementId());
      if (site == null) {
        continue; // a fire in a struck city
      }
      double metres = Geodesy.distanceMetres(site.location(), new Coordinate(d.longitude(), d.latitude()));
      if (e.expectedFinding()) {
        onSites++;
        assertThat(metres).as("%s at %s", d, site.id()).isBetween(Math.min(300, 0.3 * site.radiusMetres()),
            Math.min(2_500, site.radiusMetres()));
        assertThat(d.frpMegawatts()).isBetween(20.0, 300.0);
        assertThat(d.acquiredAt()).isAfter(e.time()).isBeforeOrEqualTo(e.time().plus(Duration.ofHours(2)));
      } else {
        assertThat(metres).as("near-miss %s", d).isGreaterThan(site.radiusMetres());
      }
    }
    // the first strike of each side comes shortly before a pass, so its fire is always seen
    assertThat(onSites).isGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void strikesOnSitesComeInAdjacentPixelsOfOnePass(long seed) {
    Scenario s = scenario(seed);
    Map<String, List<FirmsDetection>> byEvent = s.detections().stream().filter(d -> d.eventId().isPresent())
        .collect(Collectors.groupingBy(d -> d.eventId().get(), TreeMap::new, Collectors.toList()));
    Map<String, TruthEvent> truth = truthById(s);
    for (Map.Entry<String, List<FirmsDetection>> e : byEvent.entrySet()) {
      List<FirmsDetection> pixels = e.getValue();
      assertThat(pixels.stream().map(FirmsDetection::acquiredAt).distinct()).hasSize(1);
      if (truth.get(e.getKey()).expectedFinding() && SITES.containsKey(truth.get(e.getKey()).elementId())) {
        assertThat(pixels).hasSizeBetween(1, 6);
        for (FirmsDetection a : pixels) {
          double nearest = pixels.stream().filter(b -> b != a)
              .mapToDouble(b -> Geodesy.distanceMetres(new Coordinate(a.longitude(), a.latitude()),
                  new Coordinate(b.longitude(), b.latitude())))
              .min().orElse(0);
          assertThat(nearest).as("pixel %s", a).isLessThan(600);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void fieldFiresStayOnFarmlandAndOutsideEverySiteRadius(long seed) {
    Scenario s = scenario(seed);
    List<FirmsDetection> background = s.detections().stream().filter(d -> d.eventId().isEmpty()).toList();
    assertThat(background).hasSizeGreaterThan(100);
    for (FirmsDetection d : background) {
      assertThat(d.latitude()).isBetween(45.5, 51.5);
      assertThat(d.longitude()).isBetween(24.0, 41.0);
      assertThat(d.frpMegawatts()).isLessThan(20);
      for (ProtectedSite site : SITES.values()) {
        double metres = Geodesy.distanceMetres(site.location(), new Coordinate(d.longitude(), d.latitude()));
        assertThat(metres).as("%s near %s", d, site.id()).isGreaterThan(site.radiusMetres());
      }
    }
    // mostly nominal confidence, small fires
    long nominal = background.stream().filter(d -> d.confidence() == 'n').count();
    assertThat(nominal).isGreaterThan(background.size() * 3L / 4);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void zoneBreachesLieInsideTheBandOnTheirOwnSideAndNearMissesJustOutside(long seed) {
    LineBand band = TestAgreements.borderBand();
    Scenario s = scenario(seed);
    List<TruthEvent> zone = s.truth().stream().filter(e -> e.provisionId().equals("dmz-kharkiv")).toList();
    int breaches = 0;
    int nearMisses = 0;
    for (TruthEvent e : zone) {
      Point p = point(e.latitude(), e.longitude());
      if (e.expectedFinding()) {
        breaches++;
        assertThat(e.kind()).isIn("heavy-weapon", "troops");
        assertThat(band.touches(p)).as("%s", e).isTrue();
      } else {
        nearMisses++;
        assertThat(band.touches(p)).as("%s", e).isFalse();
        assertThat(band.distanceMetres(p)).as("%s", e).isBetween(800.0, 8_000.0);
      }
      // the line runs roughly east-west here: Russia north of it, Ukraine south
      double northOfLine = e.latitude() - latitudeOfLineAt(e.longitude());
      assertThat(e.by().equals("RU") ? northOfLine : -northOfLine).as("%s on its own side", e).isPositive();
    }
    assertThat(breaches).isGreaterThanOrEqualTo(2);
    assertThat(nearMisses).isGreaterThanOrEqualTo(1);
    assertThat(zone.stream().filter(TruthEvent::expectedFinding).map(TruthEvent::by).distinct())
        .containsExactlyInAnyOrder("UA", "RU");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void patrolSightingsOfBreachesAreNearTheTruth(long seed) {
    Scenario s = scenario(seed);
    Map<String, TruthEvent> truth = truthById(s);
    for (SimulatedObservation o : s.droneObservations()) {
      if (o.eventId().isPresent()) {
        TruthEvent e = truth.get(o.eventId().get());
        double metres = Geodesy.distanceMetres(new Coordinate(e.longitude(), e.latitude()),
            new Coordinate(o.longitude(), o.latitude()));
        assertThat(metres).isLessThan(o.uncertaintyMetres());
        assertThat(o.kind().code()).isEqualTo(e.kind());
        assertThat(o.time()).isAfterOrEqualTo(e.time());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void strikesAreReportedWithinNinetyMinutesByOneToThreeReports(long seed) {
    Scenario s = scenario(seed);
    Map<String, Integer> reportsPerEvent = new TreeMap<>();
    Map<String, TruthEvent> truth = truthById(s);
    for (SimulatedObservation r : s.reports()) {
      TruthEvent e = truth.get(r.eventId().orElseThrow());
      assertThat(r.time()).isAfterOrEqualTo(e.time()).isBeforeOrEqualTo(e.time().plus(Duration.ofMinutes(90)));
      reportsPerEvent.merge(e.id(), 1, Integer::sum);
    }
    for (TruthEvent e : s.truth()) {
      if (e.kind().equals("strike") || e.kind().equals("attack-on-vessel")) {
        assertThat(reportsPerEvent.getOrDefault(e.id(), 0)).as("%s", e).isBetween(1, 3);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void bothSidesStrikeAndBothSidesAreStruck(long seed) {
    Scenario s = scenario(seed);
    TreeSet<String> perpetrators = new TreeSet<>();
    s.truth().forEach(e -> perpetrators.add(e.by()));
    assertThat(perpetrators).containsExactly("RU", "UA");
    TreeSet<String> struckCountries = new TreeSet<>();
    for (TruthEvent e : s.truth()) {
      ProtectedSite site = SITES.get(e.elementId());
      if (site != null && e.expectedFinding()) {
        assertThat(site.country().orElseThrow()).as("%s", e).isNotEqualTo(e.by());
        struckCountries.add(site.country().get());
      }
    }
    assertThat(struckCountries).containsExactly("RU", "UA");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20250319})
  void vesselAttacksLieInTheCorridorAndCityStrikesInTheirAlertArea(long seed) {
    Scenario s = scenario(seed);
    Region corridor = TestAgreements.corridor().band();
    AlertAreaProvision cities = TestAgreements.cities();
    int vessels = 0;
    for (TruthEvent e : s.truth()) {
      Point p = point(e.latitude(), e.longitude());
      if (e.kind().equals("attack-on-vessel")) {
        vessels++;
        assertThat(e.provisionId()).isEqualTo("odesa-corridor");
        assertThat(corridor.touches(p)).isTrue();
        assertThat(e.expectedFinding()).isTrue();
      }
      if (e.provisionId().equals("city-alerts")) {
        ProtectedSite city = cities.areas().stream()
            .filter(a -> e.elementId().equals("city-alerts/" + a.id())).findFirst().orElseThrow();
        assertThat(city.circle().touches(p)).isTrue();
        assertThat(city.country().orElseThrow()).isNotEqualTo(e.by());
      }
    }
    assertThat(vessels).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void worksWithAPolygonZoneAndNoCorridorOrCities(long seed) {
    Agreement small = TestAgreements.sitesAndPolygonZone();
    Region area = ((ZoneProvision) small.provision("withdrawal-area").orElseThrow())
        .region();
    Scenario s = new ScenarioSimulator(small, seed).generate(Instant.parse("2025-03-19T00:00:00Z"),
        Duration.ofHours(24));
    List<TruthEvent> zone = s.truth().stream().filter(e -> e.provisionId().equals("withdrawal-area")).toList();
    assertThat(zone).isNotEmpty();
    for (TruthEvent e : zone) {
      Point p = point(e.latitude(), e.longitude());
      if (e.kind().equals("troops")) {
        // troops inside are a breach of nothing here: the area restricts heavy weapons only
        assertThat(area.touches(p)).isTrue();
        assertThat(e.expectedFinding()).isFalse();
      } else if (e.expectedFinding()) {
        assertThat(area.touches(p)).as("%s", e).isTrue();
      } else {
        assertThat(area.distanceMetres(p)).as("%s", e).isGreaterThan(800);
      }
    }
    assertThat(s.truth()).noneMatch(e -> e.kind().equals("attack-on-vessel"));
    assertThat(s.truth()).noneMatch(e -> e.provisionId().equals("city-alerts"));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 6, 12})
  void partialDaysKeepEverythingInsideTheWindow(int hours) {
    Instant start = Instant.parse("2025-03-19T09:00:00Z");
    Instant end = start.plus(Duration.ofHours(hours));
    Scenario s = new ScenarioSimulator(AGREEMENT, 9).generate(start, Duration.ofHours(hours));
    assertThat(s.truth()).allSatisfy(e -> assertThat(e.time()).isBetween(start, end));
    assertThat(s.detections()).allSatisfy(d -> assertThat(d.acquiredAt()).isBetween(start, end));
    assertThat(s.reports()).allSatisfy(r -> assertThat(r.time()).isBetween(start, end));
    assertThat(s.droneObservations()).allSatisfy(r -> assertThat(r.time()).isBetween(start, end));
  }

  /** The test band's centreline latitude at a longitude, interpolated between vertices. */
  private static double latitudeOfLineAt(double lon) {
    Coordinate[] cs = TestAgreements.borderBand().centreline().getCoordinates();
    if (lon <= cs[0].x) {
      return cs[0].y;
    }
    for (int i = 1; i < cs.length; i++) {
      if (lon <= cs[i].x) {
        double f = (lon - cs[i - 1].x) / (cs[i].x - cs[i - 1].x);
        return cs[i - 1].y + f * (cs[i].y - cs[i - 1].y);
      }
    }
    return cs[cs.length - 1].y;
  }
}
