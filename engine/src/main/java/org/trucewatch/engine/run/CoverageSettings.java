package org.trucewatch.engine.run;

import java.util.Objects;
import org.trucewatch.core.coverage.SwathWidths;

/**
 * How a run maps the coverage of its zones.
 *
 * @param resolution H3 resolution of the cells (0 to 15; 8 has cells of about 0.74 km2)
 * @param swathWidths sensor footprint widths of the patrolling platforms
 */
public record CoverageSettings(int resolution, SwathWidths swathWidths) {
  /** Resolution 8, 2 km swaths unless a track or platform says otherwise. */
  public static final CoverageSettings DEFAULT = new CoverageSettings(8, SwathWidths.DEFAULT);

  /** Checks the fields. */
  public CoverageSettings {
    Objects.requireNonNull(swathWidths, "swathWidths");
    if (resolution < 0 || resolution > 15) {
      throw new IllegalArgumentException("H3 resolution must be 0 to 15, not " + resolution);
    }
  }
}
