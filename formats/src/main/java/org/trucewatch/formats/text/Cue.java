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

    /** The match when it is a killed or an injured word ("загинув", "verletzt"), else null; null stays null. */
    static Match killedOrInjured(Match m) {
      return m != null && (m.cue().value().equals("killed") || m.cue().value().equals("injured")) ? m : null;
    }
  }

  /**
   * Cues grouped by the first letter of their first word, so that a token is tried only against
   * the cues that can match it (the lexicon has some hundreds of cues a language); each keeps its
   * position in the list, which decides between matches of one length. Held as arrays, the words
   * with the mark of an exact word taken off once: {@link #find(Index, List)} tries every token of
   * every paragraph against one index of each kind, and the boxed map and the mark tested on every
   * try cost about a tenth of extraction's time.
   */
  static final class Index {
    private static final int[] NONE = new int[0];

    private final List<Cue> cues;
    /** The first letters of the cues' first words, sorted, with the positions of their cues in {@link #byFirst}. */
    private final char[] firsts;
    private final int[][] byFirst;
    /** Each cue's words, "=" taken off an exact word, with {@link #exact} beside them. */
    private final String[][] words;
    private final boolean[][] exact;

    Index(List<Cue> cues) {
      this.cues = List.copyOf(cues);
      java.util.TreeMap<Character, List<Integer>> grouped = new java.util.TreeMap<>();
      words = new String[this.cues.size()][];
      exact = new boolean[this.cues.size()][];
      for (int k = 0; k < this.cues.size(); k++) {
        List<String> ws = this.cues.get(k).words();
        grouped.computeIfAbsent(first(ws.get(0)), c -> new ArrayList<>()).add(k);
        words[k] = new String[ws.size()];
        exact[k] = new boolean[ws.size()];
        for (int j = 0; j < ws.size(); j++) {
          String w = ws.get(j);
          if (w.isEmpty()) {
            throw new IllegalArgumentException("cue '" + String.join(" ", ws) + "' (" + this.cues.get(k).value() + "): an empty word");
          }
          exact[k][j] = w.charAt(0) == '=';
          words[k][j] = exact[k][j] ? w.substring(1) : w;
        }
      }
      firsts = new char[grouped.size()];
      byFirst = new int[grouped.size()][];
      int g = 0;
      for (var e : grouped.entrySet()) {
        firsts[g] = e.getKey();
        byFirst[g++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      }
    }

    private static char first(String word) {
      return word.charAt(0) == '=' && word.length() > 1 ? word.charAt(1) : word.charAt(0);
    }

    /** The positions of the cues whose first word begins with this letter. */
    private int[] starting(char first) {
      int g = java.util.Arrays.binarySearch(firsts, first);
      return g < 0 ? NONE : byFirst[g];
    }

    /**
     * {@link Cue#matchAt(List, int, String)} of the cue at position {@code k}, on the prepared
     * words; the compound's last part is the token's {@code lower} from {@code tailFrom} (-1: none),
     * read in place rather than copied.
     */
    private int matchAt(int k, List<Token> tokens, int i, String lower, int tailFrom) {
      String[] ws = words[k];
      boolean[] ex = exact[k];
      if (i + ws.length > tokens.size()) {
        return 0;
      }
      for (int j = 0; j < ws.length; j++) {
        String t = tokens.get(i + j).lower();
        boolean ok = ex[j] ? t.equals(ws[j]) : t.startsWith(ws[j]);
        if (!ok && ws.length == 1 && tailFrom >= 0) {
          // a compound's last part, as in Cue.matchAt
          ok = lower.startsWith(ws[j], tailFrom) && (!ex[j] || lower.length() - tailFrom == ws[j].length());
        }
        if (!ok) {
          return 0;
        }
      }
      return ws.length;
    }
  }

  /** Every match of any of the indexed cues: the same as {@link #find(List, List)} with fewer tries. */
  static List<Match> find(Index index, List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String lower = tokens.get(i).lower();
      if (lower.isEmpty()) {
        continue;
      }
      int dash = lower.lastIndexOf('-');
      int tailFrom = dash > 0 && dash + 1 < lower.length() ? dash + 1 : -1; // where tail(lower) begins
      int best = -1;
      int bestCount = 0;
      for (int pass = 0; pass < (tailFrom < 0 ? 1 : 2); pass++) {
        for (int k : index.starting(lower.charAt(pass == 0 ? 0 : tailFrom))) {
          int n = index.matchAt(k, tokens, i, lower, tailFrom);
          // the longest, and of one length the first in the list, as find(List, List) takes it
          if (n > 0 && (best < 0 || n > bestCount || n == bestCount && k < best)) {
            best = k;
            bestCount = n;
          }
        }
      }
      if (best >= 0) {
        out.add(new Match(index.cues.get(best), i, bestCount));
        i += bestCount - 1;
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
