package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Latin abbreviations written with a full stop inside a sentence ("fünf Zivilisten bzw.
 * Zivilistinnen getötet", "ca. 20 Verletzte", "Dr. Lyssak"): their stop ends neither the sentence
 * nor the clause, so a number reaches its casualty word past them.
 */
final class Abbreviations {
  /** Abbreviations that do not end a sentence ("etc.", "usw." often do, and are left out). */
  private static final Set<String> WORDS = Set.of("bzw", "ca", "vgl", "evtl", "ggf", "inkl", "sog", "dr", "mr", "mrs", "ms",
      "st", "nr", "prof", "approx", "gen", "lt", "col", "sgt");

  private Abbreviations() {}

  /** The tokens without the full stops that belong to an abbreviation. */
  static List<Token> withoutTheirStops(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token before = tokens.get(i - 1);
      if (t.text().equals(".") && t.start() == before.end() && before.word() && WORDS.contains(before.lower())
          && i + 1 < tokens.size()) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, i));
        }
        continue;
      }
      if (out != null) {
        out.add(t);
      }
    }
    return out == null ? tokens : out;
  }
}
