package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The other event places of a sentence whose first event place is chosen: a clause of its own with
 * an event word (a means, a combat word, damage in a paragraph about an attack) and a settlement
 * ("в Великих Копанях разрушен жилой дом, а в Каховке сгорел объект": Kakhovka too). A settlement in
 * a clause without such a word ("по данным мэра Донецка") stays no event place.
 */
final class OtherClause {
  private OtherClause() {}

  /** The settlement nearest each event word of sentence {@code s} in a clause other than {@code first}'s, in text order. */
  static List<PlaceMention> places(int s, PlaceMention first, List<PlaceMention> mentions, Map<Lexicon.Kind, List<Cue.Match>> cues,
      int[] sentence, int[] clause, boolean armed) {
    List<PlaceMention> out = new ArrayList<>();
    for (Lexicon.Kind k : List.of(Lexicon.Kind.MEANS, Lexicon.Kind.ATTACK, Lexicon.Kind.DAMAGE)) {
      for (Cue.Match c : cues.get(k)) {
        int at = c.first();
        boolean event = k == Lexicon.Kind.MEANS || k == Lexicon.Kind.ATTACK && c.cue().value().equals("combat")
            || k == Lexicon.Kind.DAMAGE && armed;
        if (!event || sentence[at] != s || clause[at] == clause[first.first()] || clause[at] == clause[first.last()]) {
          continue;
        }
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention m : mentions) {
          if (m.isRegion() || m.candidates().isEmpty() || clause[m.first()] != clause[at]) {
            continue;
          }
          int d = at > m.last() ? at - m.last() : m.first() - c.last();
          if (d < bestDistance) {
            best = m;
            bestDistance = d;
          }
        }
        if (best != null && best != first && !out.contains(best)) {
          out.add(best);
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(PlaceMention::first));
    return out;
  }
}
