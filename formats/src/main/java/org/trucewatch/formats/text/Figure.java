package org.trucewatch.formats.text;

import java.util.List;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.CasualtyCount;

/** A figure found in a paragraph. */
record Figure(String category, CasualtyCount count, int first, int last, PlaceMention where, List<TextSpan> spans,
    boolean revision) {
  Figure(String category, CasualtyCount count, int first, int last, PlaceMention where, List<TextSpan> spans) {
    this(category, count, first, last, where, spans, false);
  }
}
