package org.trucewatch.formats.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;
import net.sf.geographiclib.Geodesic;

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

  /** Pixel sizes, metres (scan, track): VIIRS at nadir and edge, MODIS at nadir and edge, and larger. */
  private static final double[][] SIZES = {{375, 375}, {800, 760}, {1000, 1000}, {4800, 2000}, {10000, 20000}, {20000, 20000}};

  @Test
  void closedFormAgreesWithGeographicLibsDirectProblemWithinItsBoundUpToEightyDegrees() {
    int closed = 0;
    double worstViirs = 0;
    double worstModis = 0;
    for (double[] size : SIZES) {
      for (int tenth = -800; tenth <= 800; tenth++) {
        double lat = tenth / 10.0;
        // near and on the antimeridian on either side, and ordinary longitudes
        double[] lons = {179.9995, -179.9999, 180, -180, 35.71787 + tenth * 0.013};
        for (double lon : lons) {
          Coordinate[] fast = PixelFootprint.closedForm(lon, lat, size[0] / 2, size[1] / 2);
          Coordinate[] reference = PixelFootprint.geodesic(new Coordinate(lon, lat), size[0], size[1]);
          if (fast == null) {
            assertThat(size[0]).as("VIIRS and MODIS pixels take the closed form up to 80 degrees: %s", lat)
                .isGreaterThan(4800);
            continue;
          }
          closed++;
          double bound = Math.max(bound(lat, size, true), bound(lat, size, false));
          assertThat(bound).isLessThanOrEqualTo(PixelFootprint.MAX_BOUND_METRES);
          for (int k = 0; k < 5; k++) {
            double d = Geodesic.WGS84.Inverse(reference[k].y, reference[k].x, fast[k].y, fast[k].x).s12;
            assertThat(d).as("corner %d at %s, %s, %s x %s m", k, lat, lon, size[0], size[1]).isLessThanOrEqualTo(bound);
            assertThat(Math.abs(fast[k].x - lon)).as("continuous with the centre's longitude").isLessThan(1);
            if (size[0] <= 800) {
              worstViirs = Math.max(worstViirs, d);
            } else if (size[0] <= 4800) {
              worstModis = Math.max(worstModis, d);
            }
          }
        }
      }
    }
    assertThat(closed).isGreaterThan(5 * 1601 * 4);
    assertThat(worstViirs).as("VIIRS: within 1e-8 m").isLessThan(1e-8);
    assertThat(worstModis).as("MODIS: within 1e-5 m").isLessThan(1e-5);
  }

  /** The bound of one edge, as {@code closedForm} computes it (its meridian step by GeographicLib). */
  private static double bound(double lat, double[] size, boolean north) {
    double edgeLat = Geodesic.WGS84.Direct(lat, 0, north ? 0 : 180, size[1] / 2).lat2;
    double step = Math.toRadians(edgeLat - lat);
    return PixelFootprint.boundMetres(Math.toRadians(edgeLat), step, size[0] / 2);
  }

  @Test
  void theBoundIsNotSlackWhereItMatters() {
    // near 80 degrees with an 8 km scan the bound allows tens of micrometres, and the closed form
    // is really off by a good part of it: the bound is not orders of magnitude loose
    Coordinate[] fast = PixelFootprint.closedForm(10, 79.9, 4_000, 4_000);
    Coordinate[] reference = PixelFootprint.geodesic(new Coordinate(10, 79.9), 8_000, 8_000);
    double d = Geodesic.WGS84.Inverse(reference[2].y, reference[2].x, fast[2].y, fast[2].x).s12;
    double bound = bound(79.9, new double[] {8_000, 8_000}, true);
    assertThat(d).isGreaterThan(bound / 10).isLessThanOrEqualTo(bound);
  }

  @Test
  void theRadiusOfCurvatureDerivativeBoundsOfTheProofHold() {
    double h = 1e-4;
    double m1 = 0;
    double m2 = 0;
    for (int i = 0; i <= 90_000; i++) {
      double phi = Math.toRadians(i / 1000.0);
      m1 = Math.max(m1, Math.abs(meridianRadius(phi + h) - meridianRadius(phi - h)) / (2 * h));
      m2 = Math.max(m2, Math.abs(meridianRadius(phi + h) - 2 * meridianRadius(phi) + meridianRadius(phi - h)) / (h * h));
    }
    assertThat(m1).isLessThan(PixelFootprint.M1_MAX).isGreaterThan(PixelFootprint.M1_MAX * 0.95);
    assertThat(m2).isLessThan(PixelFootprint.M2_MAX).isGreaterThan(PixelFootprint.M2_MAX * 0.95);
    assertThat(PixelFootprint.R_MIN).isCloseTo(meridianRadius(0), within(1e-6));
    assertThat(PixelFootprint.R_MAX).isCloseTo(meridianRadius(Math.PI / 2), within(1e-6));
  }

  private static double meridianRadius(double phi) {
    double s = Math.sin(phi);
    double w2 = 1 - PixelFootprint.E2 * s * s;
    return 6378137.0 * (1 - PixelFootprint.E2) / Math.pow(w2, 1.5);
  }

  @Test
  void beyondTheClosedFormsDomainTheFootprintIsGeographicLibs() {
    Coordinate centre = new Coordinate(-40, 83);
    assertThat(PixelFootprint.closedForm(-40, 83, 375, 375)).isNull();
    assertThat(PixelFootprint.of(centre, 750, 750).getCoordinates())
        .containsExactly(PixelFootprint.geodesic(centre, 750, 750));
  }
}
