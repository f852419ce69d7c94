package org.trucewatch.flink;

import java.util.SortedSet;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;

/**
 * The grid that spreads AIS reception over tasks: cells of {@value #CELL_DEGREES} degrees of
 * latitude and longitude (about 55 x 40 km in the Black Sea), named {@code "row,column"}. Each fix
 * lies in exactly one cell; a silence asks every cell that may hold a point within the reception
 * radius of one of its ends. The cover is conservative: a cell may be asked needlessly, never
 * missed.
 */
final class ReceptionCells {
  /** The cell size, degrees of latitude and of longitude. */
  static final double CELL_DEGREES = 0.5;
  // fewer metres to the degree than anywhere on WGS 84 (110,574 m to a degree of latitude at the
  // equator at least, 111,320 m x cos(latitude) to a degree of longitude at least): a disk's
  // degrees come out some 10 % too many, which covers the ellipsoid's and the chord's differences
  private static final double METRES_PER_DEGREE_AT_MOST = 100_000;
  // above this latitude a disk's longitudes are taken as all of them
  private static final double POLAR_LATITUDE = 89;
  private static final int ROWS = (int) Math.round(180 / CELL_DEGREES);
  private static final int COLUMNS = (int) Math.round(360 / CELL_DEGREES);

  private ReceptionCells() {}

  /** The cell of a lon/lat point (longitudes any, taken modulo 360; latitude 90 in the top row). */
  static String cellOf(Coordinate lonLat) {
    return name(row(lonLat.y), column(lonLat.x));
  }

  /**
   * The cells that may hold a point within {@code radiusMetres} (geodesic, WGS 84) of {@code
   * centre}, in name order.
   */
  static SortedSet<String> cover(Coordinate centre, double radiusMetres) {
    if (!(radiusMetres >= 0) || !Double.isFinite(centre.x) || !Double.isFinite(centre.y)) {
      throw new IllegalArgumentException("no cell cover for " + centre + " and radius " + radiusMetres + " m");
    }
    double spanLat = radiusMetres / METRES_PER_DEGREE_AT_MOST;
    double south = centre.y - spanLat;
    double north = centre.y + spanLat;
    double farthest = Math.max(Math.abs(south), Math.abs(north));
    TreeSet<String> out = new TreeSet<>();
    int fromColumn;
    int toColumn;
    if (farthest >= POLAR_LATITUDE) {
      fromColumn = 0;
      toColumn = COLUMNS - 1;
    } else {
      double spanLon = spanLat / Math.cos(Math.toRadians(farthest));
      if (spanLon >= 180) {
        fromColumn = 0;
        toColumn = COLUMNS - 1;
      } else {
        fromColumn = (int) Math.floor((centre.x - spanLon) / CELL_DEGREES);
        toColumn = (int) Math.floor((centre.x + spanLon) / CELL_DEGREES);
      }
    }
    for (int r = row(south); r <= row(north); r++) {
      for (int c = fromColumn; c <= toColumn; c++) {
        out.add(name(r, Math.floorMod(c + COLUMNS / 2, COLUMNS) - COLUMNS / 2));
      }
    }
    return out;
  }

  private static int row(double latitude) {
    int r = (int) Math.floor(latitude / CELL_DEGREES);
    return Math.max(-ROWS / 2, Math.min(ROWS / 2 - 1, r));
  }

  private static int column(double longitude) {
    return Math.floorMod((int) Math.floor(longitude / CELL_DEGREES) + COLUMNS / 2, COLUMNS) - COLUMNS / 2;
  }

  private static String name(int row, int column) {
    return row + "," + column;
  }
}
