package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A community named at the head of a sentence and a village of it named later in the same sentence
 * ("Новгород-Сіверська громада: 15 вибухів в напрямку населених пунктів Михальчина Слобода та Гай",
 * "Семенівська громада: 6 вибухів ... населеного пункту Блешня"): the villages are where the fire
 * fell, and the community only says which namesakes they are; its seat is no place of the event.
 * Only a community named by its adjective ("Семенівська"), not a village qualified by one ("у Ямполі
 * Лиманської громади"), and only villages (under 10,000 people), not a town named beside it.
 */
final class CommunityThenVillage {
  /** From this size a place is a town the text names for itself, not as a village of a community. */
  private static final long TOWN_POPULATION = 10_000;

  private CommunityThenVillage() {}

  /**
   * The mentions with each such community left out and its villages narrowed to the namesakes near
   * its seat; {@code community} says whether a mention starting at an index names a community.
   */
  static List<PlaceMention> apply(List<Token> tokens, List<PlaceMention> mentions, IntPredicate community) {
    List<PlaceMention> out = new ArrayList<>(mentions);
    for (int c = 0; c < out.size(); c++) {
      PlaceMention head = out.get(c);
      if (head.isRegion() || head.candidates().isEmpty() || !community.test(head.first())) {
        continue;
      }
      boolean villages = false;
      for (int v = c + 1; v < out.size(); v++) {
        PlaceMention m = out.get(v);
        if (sentenceEnds(tokens, head.last(), m.first())) {
          break;
        }
        if (m.isRegion() || community.test(m.first())) {
          break; // the next community of a list, or a region: the villages of this one end
        }
        // a town of its own ("Марганецкая громады и сам Никополь") is another place, not a village of it
        List<Place> near = m.candidates().stream().filter(p -> p.population() < TOWN_POPULATION && !head.candidates().contains(p)
            && head.candidates().stream().anyMatch(s -> PlaceFinder.nearSeat(p, s))).toList();
        if (!near.isEmpty()) {
          out.set(v, new PlaceMention(m.first(), m.last(), near, m.region(), m.raions()));
          villages = true;
        }
      }
      if (villages) {
        out.remove(c);
        c--;
      }
    }
    return out;
  }

  private static boolean sentenceEnds(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String t = tokens.get(k).text();
      if (t.equals(".") || t.equals("!") || t.equals("?")) {
        return true;
      }
    }
    return false;
  }
}
