package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A German noun of injury written as a compound, its kind of wound before it: "Splitterverletzungen",
 * "Sprengstoffverletzung", "Kopfverletzung", "Knalltraumen", "Schusswunden". German closes its compounds,
 * so the injury word ends the token instead of starting it, where the lexicon's stems look; each such
 * token is an injured word, as "Verletzungen" is.
 */
final class CompoundInjury {
  /** How a compound noun of injury ends. */
  private static final List<String> ENDINGS = List.of("verletzung", "verletzungen", "wunde", "wunden", "trauma", "traumen",
      "traumata");
  /** The shortest first part of a compound: "Kopf", "Bein"; shorter ones are no kind of wound. */
  private static final int PART = 3;
  /** The cue the compounds stand for. */
  private static final Cue INJURED = Cue.of("verletzung", "injured");

  private CompoundInjury() {}

  /** The casualty cues with each German compound of injury no cue covers added, in text order. */
  static List<Cue.Match> withCompounds(List<Cue.Match> casualty, List<Token> tokens, Language language) {
    if (language != Language.DE) {
      return casualty;
    }
    List<Cue.Match> added = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (compound(tokens.get(k).lower()) && !covered(casualty, k)) {
        added.add(new Cue.Match(INJURED, k, 1));
      }
    }
    if (added.isEmpty()) {
      return casualty;
    }
    List<Cue.Match> out = new ArrayList<>(casualty);
    out.addAll(added);
    out.sort(Comparator.comparingInt(Cue.Match::first));
    return out;
  }

  private static boolean compound(String w) {
    for (String e : ENDINGS) {
      if (w.length() >= e.length() + PART && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<Cue.Match> casualty, int k) {
    for (Cue.Match m : casualty) {
      if (m.first() <= k && k <= m.last()) {
        return true;
      }
    }
    return false;
  }
}
