package org.trucewatch.report;

import java.util.Map;
import org.trucewatch.core.observation.Observation;

/**
 * Under a finding's evidence table, what each sea-layer detection (an AIS gap, loitering, an
 * encounter) rests on: the detection's facts (times, positions, reception context) and the ids of
 * the AIS track points it cites, which stay in the vessel tracks rather than in the incident.
 */
final class TrackEvidence {
  /** The attribute listing the cited track points (see {@code core.maritime}). */
  static final String TRACK_POINTS = "track_points";

  private TrackEvidence() {}

  static void appendTo(StringBuilder sb, Observation o) {
    String points = o.attributes().get(TRACK_POINTS);
    if (points == null || points.isEmpty()) {
      return;
    }
    sb.append("<p class=\"track-evidence\">").append(HtmlText.escape(o.kind().code())).append(' ')
        .append(ReportCells.id(o.id().hex())).append(": ");
    boolean first = true;
    for (Map.Entry<String, String> e : o.attributes().entrySet()) {
      if (e.getKey().equals(TRACK_POINTS)) {
        continue;
      }
      sb.append(first ? "" : ", ").append(HtmlText.escape(e.getKey())).append(' ').append(HtmlText.escape(e.getValue()));
      first = false;
    }
    sb.append(". Track points:");
    for (String id : points.split(",")) {
      sb.append(' ').append(ReportCells.id(id));
    }
    sb.append(".</p>\n");
  }
}
