package org.trucewatch.formats.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;

class PixelFootprintTest {
  @ParameterizedTest
  @CsvSource({"0,30,375,375", "47.62075,35.71787,520,500", "69.5,20.1,4800,2000", "-60,-70,800,750"})
  void hasTheGeodesicSizeItWasAskedForAndFindsItsCentreAgain(double lat, double lon, double scan, double track) {
    Coordinate centre = new Coordinate(lon, lat);

    Polygon p = PixelFootprint.of(centre, scan, track);

    Coordinate[] r = p.getCoordinates();
    assertThat(Geodesy.distanceMetres(r[3], r[2])).isCloseTo(scan, within(1e-3));
    assertThat(Geodesy.distanceMetres(r[0], r[1])).isCloseTo(scan, within(1e-3));
    assertThat(Geodesy.distanceMetres(r[0], r[3])).isCloseTo(track, within(0.01));
    assertThat(Geodesy.distanceMetres(r[1], r[2])).isCloseTo(track, within(0.01));
    assertThat(p.isValid()).isTrue();
    assertThat(p.contains(Geodesy.WGS84.createPoint(centre))).isTrue();
    Coordinate found = PixelFootprint.centre(p);
    assertThat(found.y).isCloseTo(lat, within(1e-10));
    assertThat(found.x).isCloseTo(lon, within(1e-10));
  }

  @Test
  void runsCounterClockwiseFromTheSouthWestCorner() {
    Coordinate[] r = PixelFootprint.of(new Coordinate(35, 48), 500, 500).getCoordinates();

    assertThat(r[0].x).isLessThan(r[1].x);
    assertThat(r[1].y).isLessThan(r[2].y);
    assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(r)).isTrue();
  }

  @Test
  void staysSmallOnTheAntimeridian() {
    Polygon p = PixelFootprint.of(new Coordinate(179.999, 65), 750, 750);

    assertThat(p.getEnvelopeInternal().getWidth()).isLessThan(0.1);
    assertThat(p.getEnvelopeInternal().getMaxX()).isGreaterThan(180);
    assertThat(PixelFootprint.centre(p).x).isCloseTo(179.999, within(1e-10));
  }
}
