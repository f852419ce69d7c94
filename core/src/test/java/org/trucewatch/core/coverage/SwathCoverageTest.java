package org.trucewatch.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.PolygonRegion;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

class SwathCoverageTest {
  private final HexGrid grid = new HexGrid(8);

  private static Observation patrol(LineString track, String time, double widthMetres) {
    return Fixtures.observation("mission-uav-1", ObservationKind.OTHER, time, track, 0, 2, Map.of(
        FootprintKind.ATTRIBUTE, "patrol-swath", FootprintKind.PLATFORM, "uav-1",
        FootprintKind.SWATH_WIDTH_M, Double.toString(widthMetres)));
  }

  /** A square zone of about 0.3 x 0.3 degrees around 50.3 N, 36.3 E. */
  private static Agreement zone() {
    Geometry square = Geodesy.WGS84.createPolygon(new Coordinate[] {
        new Coordinate(36.15, 50.15), new Coordinate(36.45, 50.15), new Coordinate(36.45, 50.45),
        new Coordinate(36.15, 50.45), new Coordinate(36.15, 50.15)});
    return new Agreement("t", "t", List.of(new Party("UA", "Ukraine")), List.of(new ZoneProvision(
        "dmz", "Square DMZ", List.of("UA"), new EffectivePeriod(Fixtures.FROM, Optional.empty()),
        Set.of(Activity.HEAVY_WEAPONS), new PolygonRegion(square))));
  }

  @Test
  void aNarrowSwathFromOneCellCentreToTheNextCoversExactlyThoseTwoCells() {
    long a = grid.cellAt(new Coordinate(36.3, 50.3));
    long b = grid.neighbours(a).get(0);
    LineString track = Geodesy.WGS84.createLineString(new Coordinate[] {grid.centre(a), grid.centre(b)});
    // res-8 centres are about 800 m apart: a 200 m swath reaches no centre but those on the track
    ZoneCoverage c = new CoverageMapper(zone(), grid, SwathWidths.DEFAULT)
        .map(List.of(patrol(track, "2025-03-19T10:00:00Z", 200))).get(0);
    assertThat(c.cells().stream().filter(x -> x.lastObserved().isPresent()).map(CellCoverage::cell))
        .containsExactlyInAnyOrder(a, b);
  }

  @Test
  void aSwathCoversTheCellsWhoseCentresLieWithinHalfItsWidthOfTheTrack() {
    LineString track = Fixtures.line(36.20, 50.20, 36.30, 50.32, 36.40, 50.30);
    double width = 3_000;
    ZoneCoverage c = new CoverageMapper(zone(), grid, SwathWidths.DEFAULT)
        .map(List.of(patrol(track, "2025-03-19T10:00:00Z", width))).get(0);
    TreeSet<Long> expected = new TreeSet<>();
    for (CellCoverage cell : c.cells()) {
      double d = Geodesy.distanceToPolylineMetres(grid.centre(cell.cell()), track.getCoordinates());
      // the hand check is only meaningful away from the edge, where a 16-gon cap could differ
      assertThat(Math.abs(d - width / 2)).as("cell centre on the swath edge").isGreaterThan(5);
      if (d <= width / 2) {
        expected.add(cell.cell());
      }
    }
    assertThat(expected).hasSizeGreaterThan(40);
    assertThat(c.cells().stream().filter(x -> x.lastObserved().isPresent()).map(CellCoverage::cell))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void sharesAndUnobservedAreasFollowTheFootprintsAndTheirTimes() {
    // a 10 km swath down the middle of the square, 30 hours before the end; another, later, west
    ZoneCoverage c = new CoverageMapper(zone(), grid, SwathWidths.DEFAULT).map(List.of(
        patrol(Fixtures.line(36.30, 50.10, 36.30, 50.50), "2025-03-19T10:00:00Z", 10_000),
        patrol(Fixtures.line(36.18, 50.10, 36.18, 50.50), "2025-03-20T12:00:00Z", 2_000))).get(0);
    Instant end = Instant.parse("2025-03-20T16:00:00Z");
    double day = c.shareObservedSince(end.minusSeconds(24 * 3600));
    double threeDays = c.shareObservedSince(end.minusSeconds(72 * 3600));
    // 10 km of a 21.3 km wide square (0.3 degrees at 50.3 N), and 2 km of it
    assertThat(threeDays).isBetween(0.52, 0.62);
    assertThat(day).isBetween(0.07, 0.12);
    List<UnobservedArea> holes = c.unobservedAreas(end.minusSeconds(72 * 3600));
    // the later 2 km swath at 36.18 E splits the western strip: east, middle-west, far west
    assertThat(holes).hasSize(3);
    assertThat(holes).extracting(h -> h.centre().x).satisfiesExactly(
        x -> assertThat(x).isBetween(36.40, 36.42), x -> assertThat(x).isBetween(36.20, 36.23),
        x -> assertThat(x).isBetween(36.15, 36.17));
    double total = holes.stream().mapToDouble(UnobservedArea::areaSquareKilometres).sum();
    assertThat(total / c.areaSquareKilometres()).isCloseTo(1 - threeDays, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.cells().stream().filter(x -> x.days().size() == 2)).isEmpty();
  }
}
