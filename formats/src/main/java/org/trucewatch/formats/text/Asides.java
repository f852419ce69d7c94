package org.trucewatch.formats.text;

import java.util.List;

/**
 * Marks inside a clause that end none: quotation marks around some of its words ("Drei weitere
 * Zivilisten hätten „leichte Verletzungen erlitten“") and a short gloss in brackets ("ein Zivilist in
 * der Stadt Gorlowka (DVR) ums Leben gekommen"). A person and the verb told of them stay one clause.
 */
final class Asides {
  /** Quotation marks of the four languages. */
  private static final String QUOTES = "\"„“”«»";
  /** How many words a gloss in brackets may hold: a name, an abbreviation, "Vorort von Horliwka". */
  private static final int GLOSS = 4;
  /** How many marks one clause may hold: a quotation and a gloss, each opened and closed. */
  private static final int MOST_PASSED = 4;

  private Asides() {}

  /** Whether the clause break at {@code k} is a quotation mark or a bracket of a short gloss. */
  static boolean transparent(List<Token> tokens, int k) {
    String t = tokens.get(k).text();
    if (QUOTES.indexOf(t.charAt(0)) >= 0) {
      return true;
    }
    if (t.equals("(")) {
      return closes(tokens, k, 1, ")");
    }
    return t.equals(")") && closes(tokens, k, -1, "(");
  }

  /** Whether the bracket at {@code k} has its pair {@code pair} within a gloss's words, only words between. */
  private static boolean closes(List<Token> tokens, int k, int step, String pair) {
    for (int j = k + step; j >= 0 && j < tokens.size() && Math.abs(j - k) <= GLOSS + 1; j += step) {
      Token w = tokens.get(j);
      if (w.text().equals(pair)) {
        return Math.abs(j - k) > 1;
      }
      if (!w.word()) {
        return false;
      }
    }
    return false;
  }

  /** Whether the tokens at {@code a} and {@code b} stand in one clause, quotation marks and glosses passed. */
  static boolean sameClause(List<Token> tokens, int[] clause, int a, int b) {
    if (clause[a] == clause[b]) {
      return true;
    }
    if (Math.abs(clause[b] - clause[a]) > MOST_PASSED) {
      return false; // (more breaks than two asides open and close: no token scan)
    }
    // each clause between is opened by a mark passed over, none by a line break
    int passed = 0;
    for (int k = Math.min(a, b); k < Math.max(a, b); k++) {
      if (tokens.get(k).clauseBreak()) {
        if (!transparent(tokens, k)) {
          return false;
        }
        passed++;
      }
    }
    return Math.abs(clause[b] - clause[a]) == passed;
  }
}
