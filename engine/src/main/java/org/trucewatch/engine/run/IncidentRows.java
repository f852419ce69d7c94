package org.trucewatch.engine.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.ledger.StoredIncident;

/** Turns a run's incidents and findings into the query store's rows (centre x = longitude). */
final class IncidentRows {
  private IncidentRows() {}

  static List<StoredIncident> of(List<IncidentSummary> incidents, List<Finding> findings) {
    Map<String, List<Finding>> byIncident = new HashMap<>();
    for (Finding f : findings) {
      byIncident.computeIfAbsent(f.incidentId(), k -> new ArrayList<>()).add(f);
    }
    List<StoredIncident> rows = new ArrayList<>();
    for (IncidentSummary inc : incidents) {
      FindingGrade best = null;
      List<String> ids = new ArrayList<>();
      for (Finding f : byIncident.getOrDefault(inc.id(), List.of())) {
        ids.add(f.id());
        // Same rule as incidents.geojson: the lowest ordinal is the strongest grade.
        if (best == null || f.grade().ordinal() < best.ordinal()) {
          best = f.grade();
        }
      }
      ids.sort(null);
      rows.add(new StoredIncident(inc.id(), inc.kind().code(), inc.status().code(), inc.start(), inc.end(),
          inc.centre().y, inc.centre().x, Optional.ofNullable(best).map(FindingGrade::code), ids));
    }
    return rows;
  }
}
