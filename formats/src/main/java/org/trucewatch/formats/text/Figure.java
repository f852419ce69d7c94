package org.trucewatch.formats.text;

import java.util.List;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.CasualtyCount;

/** A figure found in a paragraph; a revision ("rose to 21") keeps what an earlier paragraph said before it. */
record Figure(String category, CasualtyCount count, int first, int last, PlaceMention where, List<TextSpan> spans,
    boolean revision, List<IncidentMention.Revision> earlier) {
  Figure(String category, CasualtyCount count, int first, int last, PlaceMention where, List<TextSpan> spans) {
    this(category, count, first, last, where, spans, false);
  }

  Figure(String category, CasualtyCount count, int first, int last, PlaceMention where, List<TextSpan> spans,
      boolean revision) {
    this(category, count, first, last, where, spans, revision, List.of());
  }

  /** The figure with the earlier values it revises. */
  Figure revising(List<IncidentMention.Revision> history) {
    return new Figure(category, count, first, last, where, spans, revision, history);
  }
}
