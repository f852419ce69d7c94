package org.trucewatch.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.maritime.MaritimeRules;

/** The reception grid: one cell per fix, and a cover of a disk that misses no cell it reaches. */
class ReceptionCellsTest {
  private static final double RADIUS_METRES = MaritimeRules.DEFAULTS.receptionRadiusMetres();

  @Test
  void aFixLiesInTheOneCellOfItsHalfDegreeRowAndColumn() {
    assertThat(ReceptionCells.cellOf(new Coordinate(33.2, 44.7))).isEqualTo("89,66");
    assertThat(ReceptionCells.cellOf(new Coordinate(33.5, 44.5))).isEqualTo("89,67");
    assertThat(ReceptionCells.cellOf(new Coordinate(-0.1, -0.1))).isEqualTo("-1,-1");
    // the antimeridian is one line, and the pole belongs to the top row
    assertThat(ReceptionCells.cellOf(new Coordinate(180, 10)))
        .isEqualTo(ReceptionCells.cellOf(new Coordinate(-180, 10)));
    assertThat(ReceptionCells.cellOf(new Coordinate(12, 90))).isEqualTo("179,24");
  }

  @Test
  void aSilenceEndNearACellCornerAsksTheNeighbouringCellsWhereShipsWithinRangeLie() {
    // 44.49 N 33.49 E: 1 km south-west of the corner of four cells
    Coordinate end = new Coordinate(33.49, 44.49);
    SortedSet<String> cover = ReceptionCells.cover(end, RADIUS_METRES);
    for (double azimuth : new double[] {0, 45, 90}) {
      Coordinate heard = Geodesy.destination(end, azimuth, 20_000);
      assertThat(ReceptionCells.cellOf(heard)).isNotEqualTo(ReceptionCells.cellOf(end));
      assertThat(cover).contains(ReceptionCells.cellOf(heard));
    }
    // conservative but not wasteful: 30 km is less than a cell, so at most three rows and columns
    assertThat(cover).hasSizeBetween(4, 9);
  }

  @Test
  void everyPointWithinTheRadiusLiesInACoveredCellFromTheEquatorToNearThePoles() {
    int checked = 0;
    for (double lat = -88.9; lat <= 89; lat += 3.7) {
      for (double lon : new double[] {-180, -179.99, -0.01, 0.0, 33.49, 33.51, 179.8, 179.99}) {
        Coordinate centre = new Coordinate(lon, lat);
        SortedSet<String> cover = ReceptionCells.cover(centre, RADIUS_METRES);
        for (double azimuth = 0; azimuth < 360; azimuth += 2.5) {
          for (double fraction : new double[] {0.25, 0.7, 0.95, 1.0}) {
            Coordinate p = Geodesy.destination(centre, azimuth, RADIUS_METRES * fraction);
            assertThat(cover).as("%s at %s deg, %s m", centre, azimuth, RADIUS_METRES * fraction)
                .contains(ReceptionCells.cellOf(p));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100_000);
  }

  @Test
  void nearAPoleADiskReachesEveryLongitude() {
    assertThat(ReceptionCells.cover(new Coordinate(10, 89.6), RADIUS_METRES)).hasSize(720 * 2);
  }
}
