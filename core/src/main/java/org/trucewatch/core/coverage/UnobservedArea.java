package org.trucewatch.core.coverage;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * A connected patch of a zone's cells that nothing observed in a period.
 *
 * @param cells the H3 cells, sorted
 * @param areaSquareKilometres their total area
 * @param centre the mean of the cells' centres, lon/lat
 */
public record UnobservedArea(List<Long> cells, double areaSquareKilometres, Coordinate centre) {
  /** Checks and freezes the fields. */
  public UnobservedArea {
    Objects.requireNonNull(centre, "centre");
    cells = List.copyOf(cells);
  }
}
