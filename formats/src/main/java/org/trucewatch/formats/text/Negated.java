package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A negation before a casualty word says nobody of that category: "nobody was wounded", "no
 * children were hurt", "none of them was killed", "Die Menschen sollen nicht verletzt worden
 * sein", "kein Mensch wurde getötet". The grammar, not a list of phrases, so every wording of it
 * is read.
 */
final class Negated {
  /** Words joining two negated categories: "no one was killed or injured". */
  private static final Set<String> ALTERNATIVES = Set.of("or", "nor", "oder", "noch");
  /** Words that negate what follows, by language. */
  private static final Map<Language, Set<String>> NEGATORS = Map.of(
      Language.EN, Set.of("no", "nobody", "none", "not", "neither", "nor", "never"),
      Language.DE, Set.of("niemand", "niemanden", "kein", "keine", "keiner", "keinen", "keinem", "nicht", "weder", "nie"));
  /**
   * Negations of the verb, not of a quantity: they say nobody only of people in general ("people
   * were not hurt", "Die Menschen sollen nicht verletzt worden sein"), not of one person ("the
   * owner was not injured" leaves the count of the injured unsaid).
   */
  private static final Set<String> OF_THE_VERB = Set.of("not", "never", "nicht", "nie");
  /**
   * Words after which the negation is of something else: knowledge ("not known whether anyone was
   * hurt", "no information on casualties"), degree ("not seriously injured", "nicht
   * lebensgefährlich verletzt"), or a limit ("not only").
   */
  private static final Set<String> NOT_OF_THE_EVENT = Set.of(
      "known", "clear", "yet", "information", "data", "details", "word", "immediate", "immediately", "reports", "report",
      "confirmed", "confirmation", "official", "only", "just", "seriously", "critically", "badly", "severely", "life",
      "life-threatening", "fatally", "mortally", "longer", "less", "fewer", "more", "than", "all",
      "bekannt", "klar", "angaben", "informationen", "berichte", "zunächst", "nur", "lebensgefährlich", "schwer",
      "ernsthaft", "tödlich", "mehr", "weniger", "alle", "bestätigt");
  /** How many words may stand between the negation and the casualty word: "none of the workers were". */
  private static final int REACH = 5;

  /** The particles that deny the verb right after them: "не пострадал", "не постраждав", "not injured", "nicht verletzt". */
  private static final Set<String> NOT = Set.of("не", "not", "nicht");

  private Negated() {}

  /** Whether the casualty word at {@code first} is denied by the particle right before it: "пенсионер не пострадал". */
  static boolean ofTheVerb(List<Token> tokens, int first) {
    return first > 0 && NOT.contains(tokens.get(first - 1).lower());
  }

  /** A category nobody of which was hit, and the tokens that say so. */
  record Zero(String category, int first, int last) {}

  /**
   * The zeros the negations of a paragraph give: each negation reaches the first casualty word
   * after it in its clause (a minors' word gives zero minors only: "no children were wounded").
   */
  static List<Zero> find(Language language, List<Token> tokens, List<Cue.Match> casualties, List<Cue.Match> said,
      int[] clause) {
    Set<String> negators = NEGATORS.get(language);
    // Ukrainian and Russian put the negation after the noun: "Постраждалих з української сторони немає"
    List<Zero> out = new ArrayList<>(AbsentCasualties.find(language, tokens, said, clause));
    if (negators == null) {
      return out;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      if (!negators.contains(w) || insideCue(casualties, i) || insideCue(said, i)
          || OF_THE_VERB.contains(w) && !peopleBefore(casualties, clause, i)) {
        continue;
      }
      for (int j = i + 1; j < tokens.size() && j <= i + REACH + 1 && clause[j] == clause[i]; j++) {
        Token t = tokens.get(j);
        if (!t.word() || NOT_OF_THE_EVENT.contains(t.lower())) {
          break;
        }
        Cue.Match hit = startingAt(casualties, j);
        if (hit != null) {
          String v = hit.cue().value();
          if (!v.equals("people")) {
            out.add(new Zero(v, i, hit.last()));
            // "neither killed nor injured", "no one was killed or injured": the next word of the pair
            int k = hit.last() + 1;
            if (k + 1 < tokens.size() && ALTERNATIVES.contains(tokens.get(k).lower())) {
              Cue.Match second = startingAt(casualties, k + 1);
              if (second != null && !second.cue().value().equals("people") && !second.cue().value().equals(v)) {
                out.add(new Zero(second.cue().value(), i, second.last()));
              }
            }
            break;
          }
        }
      }
    }
    return out;
  }

  /** Whether a people noun of the negation's clause stands before it: "die Menschen sollen nicht". */
  private static boolean peopleBefore(List<Cue.Match> casualties, int[] clause, int i) {
    return casualties.stream().anyMatch(m -> m.cue().value().equals("people") && m.last() < i && clause[m.first()] == clause[i]);
  }

  private static boolean insideCue(List<Cue.Match> casualties, int i) {
    return casualties.stream().anyMatch(m -> m.first() <= i && i <= m.last());
  }

  private static Cue.Match startingAt(List<Cue.Match> casualties, int j) {
    return casualties.stream().filter(m -> m.first() == j).findFirst().orElse(null);
  }
}
