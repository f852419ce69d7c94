package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Region;

/**
 * The oblast a self-proclaimed republic is named after ("ЛНР", "DPR", "Volksrepublik Luhansk",
 * "Donetsk People's Republic", "Донецкой народной республики"): it says which of a town's
 * namesakes is meant (the Pervomaisk of Luhansk Oblast, not the larger one of Mykolaiv Oblast), so
 * it joins the paragraph's context regions; it is never a place of its own.
 */
final class SelfProclaimedRepublic {
  /** The republics' abbreviations in the four languages, with the ISO code of their oblast. */
  private static final Map<String, String> ABBREVIATIONS = Map.of("лнр", "UA-09", "lpr", "UA-09", "lnr", "UA-09",
      "днр", "UA-14", "dpr", "UA-14", "dnr", "UA-14");
  /** Beginnings of the word for a (people's) republic; the oblast's name stands right before or after it. */
  private static final List<String> REPUBLIC = List.of("volksrepublik", "republic", "республик", "республік");
  /** The only oblasts such a republic is named after: "Республика Крым" is no namesake hint of this kind. */
  private static final List<String> OBLASTS = List.of("UA-09", "UA-14");
  /** How far before the republic word its oblast's adjective may stand ("Luhansk People's Republic"). */
  private static final int BEFORE = 4;

  private SelfProclaimedRepublic() {}

  /** The ISO codes of the oblasts the paragraph's republics are named after, in order of mention. */
  static List<String> regions(List<Token> tokens, Gazetteer gazetteer) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        continue;
      }
      String iso = ABBREVIATIONS.get(t.lower());
      if (iso == null && REPUBLIC.stream().anyMatch(t.lower()::startsWith)) {
        iso = namedAfter(tokens, i, gazetteer);
      }
      if (iso != null && !out.contains(iso)) {
        out.add(iso);
      }
    }
    return out;
  }

  /** The oblast whose name stands right after the republic word at {@code i} or shortly before it, or null. */
  private static String namedAfter(List<Token> tokens, int i, Gazetteer gazetteer) {
    if (i + 1 < tokens.size()) {
      String after = of(tokens.get(i + 1), gazetteer);
      if (after != null) {
        return after;
      }
    }
    for (int k = i - 1; k >= 0 && k >= i - BEFORE; k--) {
      String before = of(tokens.get(k), gazetteer);
      if (before != null) {
        return before;
      }
    }
    return null;
  }

  private static String of(Token t, Gazetteer gazetteer) {
    if (!t.word() || !t.capitalised()) {
      return null;
    }
    Optional<Region> r = gazetteer.regionByBaseName(t.text()).or(() -> gazetteer.regionByWord(t.text()));
    return r.map(Region::iso).filter(OBLASTS::contains).orElse(null);
  }
}
