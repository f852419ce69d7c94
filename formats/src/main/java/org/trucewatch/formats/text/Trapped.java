package org.trucewatch.formats.text;

import java.util.List;

/**
 * People said to be under the rubble or missing ("еще 2 человека находятся под завалами", "під
 * завалами можуть бути люди", "two people are missing") are neither killed nor injured yet: a
 * number of them goes on in no casualty category.
 */
final class Trapped {
  /** Stems of the words that say so, in the four languages. */
  private static final List<String> STEMS = List.of("завал", "безвіст", "безвест", "rubble", "missing", "trümmern",
      "vermisst", "verschüttet");
  /** How far after the number the words may stand. */
  private static final int WITHIN = 5;

  private Trapped() {}

  /** Whether the clause of the number ending at {@code end} says its people are trapped or missing. */
  static boolean after(List<Token> tokens, int end, int[] clause) {
    for (int j = end + 1; j < tokens.size() && j <= end + WITHIN && clause[j] == clause[end]; j++) {
      String w = tokens.get(j).lower();
      if (STEMS.stream().anyMatch(w::startsWith)) {
        return true;
      }
    }
    // "без вести" is two words
    for (int j = end + 1; j + 1 < tokens.size() && j <= end + WITHIN && clause[j + 1] == clause[end]; j++) {
      if (tokens.get(j).lower().equals("без") && tokens.get(j + 1).lower().equals("вести")) {
        return true;
      }
    }
    return false;
  }
}
