package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;

/**
 * ACLED's list of settlements with one oblast after it: "Myropillia and Seredyna-Buda, Sumy",
 * "Kupiansk, Kivsharivka and Petropavlivka, Kharkiv", "Horlivka and Donetsk city, Donetsk",
 * "Myropillia and Krasnopillia communities, Sumy". The oblast qualifies every settlement of the
 * list, and after a head noun ("city", "communities") it is no place of its own.
 */
final class OblastOfList {
  /** Nouns between the list's last name and the oblast: "Donetsk city, Donetsk". */
  private static final Set<String> HEADS = Set.of("city", "cities", "town", "towns", "village", "villages",
      "community", "communities", "hromada", "hromadas", "settlements");
  /** Words that join the items of a list. */
  private static final Set<String> JOINS = Set.of("and", "or");

  private OblastOfList() {}

  /** Whether the word is a head noun that may follow a list's item: "Donetsk city", "Krasnopillia communities". */
  static boolean isHead(String lower) {
    return HEADS.contains(lower);
  }

  /** The settlement mentions with each list's oblast applied and a head noun's oblast dropped, in order. */
  static List<PlaceMention> apply(Gazetteer gazetteer, List<Token> tokens, List<PlaceMention> settlements) {
    List<PlaceMention> out = new ArrayList<>(settlements);
    for (int j = 0; j < out.size(); j++) {
      PlaceMention m = out.get(j);
      int end;
      Optional<Region> region;
      if (oblastAfterHead(gazetteer, tokens, out, j).isPresent()) {
        // "... communities, Sumy": the oblast of the list before it
        region = oblastAfterHead(gazetteer, tokens, out, j);
        out.remove(j);
        j--;
        end = j;
      } else {
        region = commaOblast(gazetteer, tokens, m);
        end = j;
      }
      if (region.isEmpty() || end < 1 || !joined(tokens, out.get(end - 1), out.get(end), true)) {
        continue;
      }
      // the last item too when the oblast came after a head noun ("Krasnopillia communities, Sumy")
      for (int k = m == out.get(end) ? end - 1 : end; k >= 0; k--) {
        PlaceMention item = out.get(k);
        List<Place> in = item.candidates().stream().filter(p -> p.region().equals(region.get().iso())).toList();
        if (!in.isEmpty() && in.size() < item.candidates().size()) {
          out.set(k, new PlaceMention(item.first(), item.last(), in, item.region(), item.raions()));
        }
        if (k == 0 || !joined(tokens, out.get(k - 1), item, false)) {
          break;
        }
      }
    }
    return out;
  }

  /** The oblast the mention at {@code j} names after a head noun that ends the list before it: "communities, Sumy". */
  private static Optional<Region> oblastAfterHead(Gazetteer gazetteer, List<Token> tokens, List<PlaceMention> ms, int j) {
    PlaceMention m = ms.get(j);
    int at = m.first();
    if (j < 1 || m.last() != at || m.isRegion() || at < 3 || !tokens.get(at - 1).text().equals(",")
        || !HEADS.contains(tokens.get(at - 2).lower()) || ms.get(j - 1).last() != at - 3) {
      return Optional.empty();
    }
    // a list goes on after it ("communities, Sumy and Kharkiv"): then it is one of the list
    if (at + 1 < tokens.size() && JOINS.contains(tokens.get(at + 1).lower())) {
      return Optional.empty();
    }
    return gazetteer.regionByBaseName(tokens.get(at).text());
  }

  /** The oblast that ends a settlement's mention as ACLED writes it: "Seredyna-Buda, Sumy". */
  private static Optional<Region> commaOblast(Gazetteer gazetteer, List<Token> tokens, PlaceMention m) {
    if (m.isRegion() || m.last() - m.first() < 2 || !tokens.get(m.last() - 1).text().equals(",")) {
      return Optional.empty();
    }
    return gazetteer.regionByBaseName(tokens.get(m.last()).text());
  }

  /** Whether only commas and a joining word (required when {@code joinWord}) stand between two items. */
  private static boolean joined(List<Token> tokens, PlaceMention a, PlaceMention b, boolean joinWord) {
    if (a.isRegion() || b.first() <= a.last()) {
      return false;
    }
    boolean join = false;
    for (int k = a.last() + 1; k < b.first(); k++) {
      String w = tokens.get(k).lower();
      join |= JOINS.contains(w);
      if (!w.equals(",") && !JOINS.contains(w)) {
        return false;
      }
    }
    return join || !joinWord;
  }
}
