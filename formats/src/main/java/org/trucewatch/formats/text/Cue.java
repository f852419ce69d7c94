package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or phrase that signals something (a casualty word, a means, a hedge), as stems: each
 * word of the phrase matches a token that starts with it, or equals it when written {@code =word}.
 * "verletz" matches "verletzt", "Verletzte", "Verletzten"; "=x" matches only "X".
 *
 * @param words the stems, lower case
 * @param value what the cue signals, e.g. {@code drone}
 */
record Cue(List<String> words, String value) {

  /** A cue from a space-separated phrase of stems. */
  static Cue of(String phrase, String value) {
    return new Cue(List.of(phrase.split(" ")), value);
  }

  /** Cues for one value from several phrases separated by {@code |}. */
  static List<Cue> all(String value, String phrases) {
    List<Cue> out = new ArrayList<>();
    for (String p : phrases.split("\\|")) {
      out.add(of(p.strip(), value));
    }
    return out;
  }

  /** How many tokens the cue covers when it starts at {@code i}, or 0 when it does not match there. */
  int matchAt(List<Token> tokens, int i) {
    return matchAt(tokens, i, i < tokens.size() ? tail(tokens.get(i).lower()) : null);
  }

  /** A cue word against a token: "=word" the token exactly, else the token's beginning (no copies made). */
  private static boolean matches(String w, String t) {
    if (w.charAt(0) == '=') {
      return t.length() == w.length() - 1 && w.regionMatches(1, t, 0, t.length());
    }
    return t.startsWith(w);
  }

  /** The last part of a hyphenated compound ("drohne" of "fpv-drohne"), or null for other words. */
  static String tail(String lower) {
    int dash = lower.lastIndexOf('-');
    return dash > 0 && dash + 1 < lower.length() ? lower.substring(dash + 1) : null;
  }

  private int matchAt(List<Token> tokens, int i, String tail) {
    if (i + words.size() > tokens.size()) {
      return 0;
    }
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      String t = tokens.get(i + k).lower();
      boolean ok = matches(w, t);
      if (!ok && words.size() == 1 && tail != null) {
        // a compound's last part: "FPV-Drohne", "Kamikaze-Drohnen", "FPV-дроном"
        ok = matches(w, tail);
      }
      if (!ok) {
        return 0;
      }
    }
    return words.size();
  }

  /**
   * A match of a cue.
   *
   * @param cue the cue
   * @param first index of the first token
   * @param count how many tokens
   */
  record Match(Cue cue, int first, int count) {
    int last() {
      return first + count - 1;
    }
  }

  /**
   * Cues grouped by the first letter of their first word, so that a token is tried only against
   * the cues that can match it (the lexicon has some hundreds of cues a language); each keeps its
   * position in the list, which decides between matches of one length.
   */
  static final class Index {
    private final java.util.Map<Character, List<Integer>> byFirst = new java.util.HashMap<>();
    private final List<Cue> cues;

    Index(List<Cue> cues) {
      this.cues = List.copyOf(cues);
      for (int k = 0; k < this.cues.size(); k++) {
        byFirst.computeIfAbsent(first(this.cues.get(k).words().get(0)), c -> new ArrayList<>()).add(k);
      }
    }

    private static char first(String word) {
      return word.charAt(0) == '=' && word.length() > 1 ? word.charAt(1) : word.charAt(0);
    }

    private List<Integer> starting(String lower) {
      return lower == null || lower.isEmpty() ? List.of() : byFirst.getOrDefault(lower.charAt(0), List.of());
    }
  }

  /** Every match of any of the indexed cues: the same as {@link #find(List, List)} with fewer tries. */
  static List<Match> find(Index index, List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String lower = tokens.get(i).lower();
      String tail = tail(lower);
      Match best = null;
      int bestPosition = Integer.MAX_VALUE;
      for (List<Integer> candidates : tail == null ? List.of(index.starting(lower))
          : List.of(index.starting(lower), index.starting(tail))) {
        for (int k : candidates) {
          Cue c = index.cues.get(k);
          int n = c.matchAt(tokens, i, tail);
          // the longest, and of one length the first in the list, as find(List, List) takes it
          if (n > 0 && (best == null || n > best.count() || n == best.count() && k < bestPosition)) {
            best = new Match(c, i, n);
            bestPosition = k;
          }
        }
      }
      if (best != null) {
        out.add(best);
        i += best.count() - 1;
      }
    }
    return out;
  }

  /** Every match of any of the cues, in token order, longest first where they start at the same token. */
  static List<Match> find(List<Cue> cues, List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Match best = null;
      String tail = tail(tokens.get(i).lower());
      for (Cue c : cues) {
        int n = c.matchAt(tokens, i, tail);
        if (n > 0 && (best == null || n > best.count())) {
          best = new Match(c, i, n);
        }
      }
      if (best != null) {
        out.add(best);
        i += best.count() - 1;
      }
    }
    return out;
  }
}
