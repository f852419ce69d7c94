package org.trucewatch.core.coverage;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.trucewatch.core.observation.Observation;

/**
 * How wide a strip of ground each platform's sensor sees, metres: the track's own {@code
 * swath_width_m} when it gives one, else the width configured for its platform, else the default.
 *
 * @param byPlatformMetres widths by platform id
 * @param defaultMetres width for a platform not listed, more than zero
 */
public record SwathWidths(Map<String, Double> byPlatformMetres, double defaultMetres) {
  /** 2 km: a small drone's EO/IR camera at a few thousand feet looking straight down. */
  public static final SwathWidths DEFAULT = new SwathWidths(Map.of(), 2_000);

  /** Checks and freezes the fields. */
  public SwathWidths {
    byPlatformMetres = java.util.Collections.unmodifiableMap(new TreeMap<>(byPlatformMetres));
    if (!(defaultMetres > 0)) {
      throw new IllegalArgumentException("default swath width must be more than zero metres: " + defaultMetres);
    }
    byPlatformMetres.forEach((k, v) -> {
      if (!(v > 0)) {
        throw new IllegalArgumentException("swath width of " + k + " must be more than zero metres: " + v);
      }
    });
  }

  /** The width for a patrol-swath observation. */
  public double widthMetres(Observation o) {
    String own = o.attributes().get(FootprintKind.SWATH_WIDTH_M);
    if (own != null) {
      try {
        double w = Double.parseDouble(own);
        if (w > 0) {
          return w;
        }
      } catch (NumberFormatException e) {
        // fall through to the configured width: the reader has already checked what it stored
      }
    }
    String platform = Objects.requireNonNullElse(o.attributes().get(FootprintKind.PLATFORM), o.sourceId());
    Double w = byPlatformMetres.get(platform);
    return w != null ? w : defaultMetres;
  }
}
