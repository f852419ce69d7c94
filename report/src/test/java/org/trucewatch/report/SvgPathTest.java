package org.trucewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.trucewatch.core.geo.Geodesy;

class SvgPathTest {
  /** 100 px per degree of latitude, from 30°E 50°N. */
  private static final MapProjection GRID = new MapProjection(30, 50, 100, 100, 1000, 1000);

  @Test
  void roundsToATenthOfAPixelWithoutLocaleOrNegativeZero() {
    assertThat(SvgNumber.format(12.34)).isEqualTo("12.3");
    assertThat(SvgNumber.format(12.36)).isEqualTo("12.4");
    assertThat(SvgNumber.format(5.0)).isEqualTo("5");
    assertThat(SvgNumber.format(-0.04)).isEqualTo("0");
    assertThat(SvgNumber.format(-3.25)).isEqualTo("-3.2");
    assertThat(SvgNumber.format(1234567.891)).isEqualTo("1234567.9");
  }

  @Test
  void drawsAPolygonRingClosedWithZAndSkipsVerticesUnderAPixelApart() {
    var square = Geodesy.WGS84.createPolygon(new Coordinate[] {
        new Coordinate(31, 49), new Coordinate(31.001, 49.001), new Coordinate(32, 49), new Coordinate(32, 48),
        new Coordinate(31, 48), new Coordinate(31, 49)});
    // 31.001/49.001 is 0.14 px from the first corner and is left out
    assertThat(SvgPath.of(square, GRID)).isEqualTo("M100 100L200 100L200 200L100 200Z");
  }

  @Test
  void leavesOutARingThatShrinksBelowThreeVertices() {
    // a 50 m circle is a fraction of a pixel at this scale
    var tiny = Geodesy.circle(new Coordinate(31, 49), 50, 64);
    assertThat(SvgPath.of(tiny, GRID)).isEmpty();
    var large = Geodesy.circle(new Coordinate(31, 49), 20_000, 64);
    assertThat(SvgPath.of(large, GRID)).startsWith("M").endsWith("Z");
  }

  @Test
  void fitsTheBoxWithEastWestDistancesScaledByTheCosineOfTheMiddleLatitude() {
    Envelope box = new Envelope(30, 38, 45, 50);
    MapProjection p = MapProjection.fit(box, 0.08, 960, 640);
    assertThat(p.pxPerDegreeLon() / p.pxPerDegreeLat())
        .isCloseTo(Math.cos(Math.toRadians(47.5)), offset(1e-9));
    assertThat(p.widthPx()).isLessThanOrEqualTo(960);
    assertThat(p.heightPx()).isLessThanOrEqualTo(640);
    for (double[] corner : new double[][] {{30, 45}, {38, 50}, {30, 50}, {38, 45}}) {
      assertThat(p.x(corner[0])).isBetween(1.0, p.widthPx() - 1);
      assertThat(p.y(corner[1])).isBetween(1.0, p.heightPx() - 1);
    }
  }

  @Test
  void givesASinglePointAReadableMap() {
    MapProjection p = MapProjection.fit(new Envelope(new Coordinate(36.23, 49.99)), 0.08, 960, 640);
    assertThat(p.east() - p.west()).isGreaterThanOrEqualTo(MapProjection.MIN_SPAN_DEGREES);
    assertThat(p.x(36.23)).isCloseTo(p.widthPx() / 2, offset(1.0));
  }

  @Test
  void labelsGraticuleDegreesWithHemisphereAndNoSpareDecimals() {
    assertThat(MapSvg.degrees(47, "N", "S")).isEqualTo("47°N");
    assertThat(MapSvg.degrees(36.5, "E", "W")).isEqualTo("36.5°E");
    assertThat(MapSvg.degrees(-0.25, "N", "S")).isEqualTo("0.25°S");
    assertThat(MapSvg.degrees(0, "E", "W")).isEqualTo("0°");
  }
}
