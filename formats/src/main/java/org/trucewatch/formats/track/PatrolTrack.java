package org.trucewatch.formats.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.coverage.FootprintKind;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.sources.SourceIds;

/**
 * A track being read from GPX or KML: its name, source, swath width and fixes, and what becomes
 * of it once complete (pieces, or a reject naming what is missing).
 */
final class PatrolTrack {
  final long line;
  String name;
  String source;
  String swathWidth;
  String sensor;
  final List<TimedPosition> fixes = new ArrayList<>();

  PatrolTrack(long line) {
    this.line = line;
  }

  /** The track's observations, or a reject; {@code file} and {@code entrySha256} for provenance. */
  void finish(String file, String entrySha256, String what, List<Observation> out, List<Reject> rejects) {
    String platform = name == null ? null : name.strip();
    String src = source != null ? source.strip()
        : platform == null ? null
        : platform.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    if (src == null || src.isEmpty()) {
      rejects.add(new Reject(file, line, what + ".name", "a patrol track needs a name (its platform) or a source"));
      return;
    }
    Optional<String> problem = SourceIds.problem(src);
    if (problem.isPresent()) {
      rejects.add(new Reject(file, line, source != null ? what + ".source" : what + ".name", problem.get()));
      return;
    }
    TreeMap<String, String> attrs = new TreeMap<>();
    attrs.put(FootprintKind.PLATFORM, platform != null ? platform : src);
    if (sensor != null && !sensor.isBlank()) {
      attrs.put("sensor", sensor.strip());
    }
    if (swathWidth != null) {
      try {
        double w = Double.parseDouble(swathWidth.strip());
        if (!(w > 0) || Double.isInfinite(w)) {
          throw new NumberFormatException();
        }
        attrs.put(FootprintKind.SWATH_WIDTH_M, new java.math.BigDecimal(swathWidth.strip()).stripTrailingZeros().toPlainString());
      } catch (NumberFormatException e) {
        rejects.add(new Reject(file, line, what + ".swath_width_m", "must be a number of metres more than zero, not '"
            + swathWidth.strip() + "'"));
        return;
      }
    }
    if (fixes.size() < 2) {
      rejects.add(new Reject(file, line, what, "a patrol track needs at least two timed positions, found " + fixes.size()));
      return;
    }
    out.addAll(TrackPieces.of(src, attrs, fixes, new Provenance(entrySha256, file, line)));
  }
}
