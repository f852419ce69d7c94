package org.trucewatch.core.thermal;

/**
 * One cell of a regular latitude-longitude grid whose cells are centred on multiples of the cell
 * size, by its row and column: the cell of row {@code i} is centred on latitude {@code i * size}
 * and holds latitudes from {@code (i - 1/2) * size} (inclusive) to {@code (i + 1/2) * size}
 * (exclusive); likewise for longitude. This is The Economist's grid ({@code round(x / 0.1) * 0.1},
 * {@code 01-construct-training-and-prediction-data.R}), not one aligned by {@code floor}.
 *
 * @param latIndex the row, {@code round(latitude / size)}, halves rounded up
 * @param lonIndex the column, {@code round(longitude / size)}, halves rounded up
 */
public record FireCell(int latIndex, int lonIndex) implements Comparable<FireCell> {
  /**
   * The cell of a grid with {@code sizeMicroDegrees} millionths of a degree per side that holds
   * this point. Coordinates are taken to the micro-degree first, so that a FIRMS value such as
   * {@code 47.35} lands in the cell its decimal text says, whatever binary rounding did to it.
   */
  public static FireCell containing(double latitude, double longitude, long sizeMicroDegrees) {
    long lat = Math.round(latitude * 1e6);
    long lon = Math.round(longitude * 1e6);
    long half = sizeMicroDegrees / 2;
    return new FireCell((int) Math.floorDiv(lat + half, sizeMicroDegrees), (int) Math.floorDiv(lon + half, sizeMicroDegrees));
  }

  /** The latitude of this cell's centre on a grid of this size, degrees. */
  public double centreLatitude(long sizeMicroDegrees) {
    return latIndex * sizeMicroDegrees / 1e6;
  }

  /** The longitude of this cell's centre on a grid of this size, degrees. */
  public double centreLongitude(long sizeMicroDegrees) {
    return lonIndex * sizeMicroDegrees / 1e6;
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
