package org.trucewatch.core.thermal;

/**
 * One cell of a regular latitude-longitude grid, by its row and column: the cell holds latitudes
 * from {@code latIndex * size} (inclusive) to {@code (latIndex + 1) * size} (exclusive) degrees,
 * and likewise for longitude.
 *
 * @param latIndex the row, {@code floor(latitude / size)}
 * @param lonIndex the column, {@code floor(longitude / size)}
 */
public record FireCell(int latIndex, int lonIndex) implements Comparable<FireCell> {
  /**
   * The cell of a grid with {@code sizeMicroDegrees} millionths of a degree per side that holds
   * this point. Coordinates are taken to the micro-degree first, so that a FIRMS value such as
   * {@code 47.3} lands in the cell its decimal text says, whatever binary rounding did to it.
   */
  public static FireCell containing(double latitude, double longitude, long sizeMicroDegrees) {
    long lat = Math.round(latitude * 1e6);
    long lon = Math.round(longitude * 1e6);
    return new FireCell((int) Math.floorDiv(lat, sizeMicroDegrees), (int) Math.floorDiv(lon, sizeMicroDegrees));
  }

  /** The cell {@code dLat} rows north and {@code dLon} columns east of this one. */
  public FireCell offset(int dLat, int dLon) {
    return new FireCell(latIndex + dLat, lonIndex + dLon);
  }

  /** South to north, then west to east. */
  @Override
  public int compareTo(FireCell o) {
    int c = Integer.compare(latIndex, o.latIndex);
    return c != 0 ? c : Integer.compare(lonIndex, o.lonIndex);
  }
}
