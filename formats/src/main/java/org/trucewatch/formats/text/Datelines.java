package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/** Wire datelines: "KIEW (dpa-AFX) - ...", "Charkiw (dpa) - ...": the place the report was written, not of its event. */
final class Datelines {
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private Datelines() {}

  /** Whether the first word is followed by an agency in parentheses and a dash: "KIEW (dpa-AFX) -". */
  static boolean agencyThenDash(List<Token> tokens) {
    if (tokens.size() < 4 || !tokens.get(1).text().equals("(")) {
      return false;
    }
    for (int k = 2; k < Math.min(tokens.size() - 1, 8); k++) {
      if (tokens.get(k).text().equals(")")) {
        return DASHES.contains(tokens.get(k + 1).text());
      }
    }
    return false;
  }
}
