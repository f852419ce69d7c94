package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.claim.TextSpan;

/**
 * A later paragraph's figure that names no place at all is a part of an earlier paragraph's figure
 * for one settlement when it fits in it: "поранення отримали троє ... [paragraph] Двох поранених —
 * 86 та 44 роки — доставили до лікарні", "Восемь человек получили ранения ... [paragraph] пятеро
 * жителей дома госпитализированы". Reports go on about the people they counted, in smaller numbers,
 * without naming the place again; a new incident names its place or says it is another.
 */
final class UnplacedPart {
  private UnplacedPart() {}

  /** Whether the mention names no place, not even a region. */
  static boolean unplaced(IncidentMention m) {
    return m.place().isEmpty() && m.claim().place().precision() == LocationPrecision.UNKNOWN;
  }

  /**
   * The total with the minors its new part counts, when the total says nothing of minors: "fünf
   * Menschen verletzt ... [paragraph] Unter den Verletzten seien zwei Kinder" keeps the two children
   * once the second paragraph's figures are a part of the five.
   */
  static IncidentMention minorsOfPart(IncidentMention whole, IncidentMention part) {
    Casualties w = whole.claim().casualties();
    Casualties p = part.claim().casualties();
    if (!w.minors().isUnknown() || p.minors().isUnknown()) {
      return whole;
    }
    Claim c = whole.claim();
    Map<String, List<TextSpan>> spans = new TreeMap<>(c.spans());
    List<TextSpan> minors = new ArrayList<>(spans.getOrDefault("casualties.minors", List.of()));
    minors.addAll(part.claim().spans().getOrDefault("casualties.minors", List.of()));
    spans.put("casualties.minors", List.copyOf(minors));
    Claim withMinors = c.withCasualties(new Casualties(w.killed(), w.injured(), p.minors()), spans);
    return new IncidentMention(withMinors, whole.place(), whole.troops(), whole.partOf());
  }

  /**
   * Whether the mention at {@code i} is the text's lead: its first mention with figures, naming no
   * place, whose figures later paragraphs may give place by place ("Bei russischen Angriffen in der
   * Nacht sind in der Ukraine zwei Menschen getötet worden." then one in the Zaporizhzhia region, one
   * in Bila Tserkva), or in part ("ten injured and one fatality" ... "two children were
   * hospitalized"). Mentions before it without figures (the attack told first, the figures in a later
   * paragraph) do not make it less the lead.
   */
  static boolean lead(List<IncidentMention> out, int i) {
    if (out.get(i) == null || !unplaced(out.get(i))) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      if (out.get(k) == null || hasFigures(out.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasFigures(IncidentMention m) {
    Casualties c = m.claim().casualties();
    return !c.killed().isUnknown() || !c.injured().isUnknown() || !c.minors().isUnknown();
  }
}
