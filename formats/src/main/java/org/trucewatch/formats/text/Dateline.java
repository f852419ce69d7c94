package org.trucewatch.formats.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A dateline at the head of a paragraph: where the report was filed, not where anything happened
 * ("Kramatorsk - ...", "KIEW (dpa-AFX) - ...", "ДОНЕЦК, 15 мар - РИА Новости.", "KYIV, Ukraine
 * (AP) —"). Stateless; looks at most {@value #WITHIN} tokens into the paragraph.
 */
final class Dateline {
  /** Dashes: after a dateline's place, and between a figure and what it counts. */
  static final Set<String> DASHES = Set.of("-", "–", "—");
  /** How far the dash may stand after the city. */
  private static final int WITHIN = 8;

  private Dateline() {}

  /** Whether the paragraph's tokens open with a dateline of any of the three shapes. */
  static boolean opens(List<Token> tokens) {
    return tokens.size() > 2 && DASHES.contains(tokens.get(1).text()) || agencyThenDash(tokens) || capitals(tokens);
  }

  /** Whether the first word is followed by an agency in parentheses and a dash: "KIEW (dpa-AFX) -". */
  static boolean agencyThenDash(List<Token> tokens) {
    if (tokens.size() < 4 || !tokens.get(1).text().equals("(")) {
      return false;
    }
    for (int k = 2; k < Math.min(tokens.size() - 1, WITHIN); k++) {
      if (tokens.get(k).text().equals(")")) {
        return DASHES.contains(tokens.get(k + 1).text());
      }
    }
    return false;
  }

  /** Whether the paragraph opens with a city in capitals, then a comma or parenthesis, and a dash soon after. */
  static boolean capitals(List<Token> tokens) {
    if (tokens.size() < 3 || !tokens.get(0).word() || tokens.get(0).text().length() < 3
        || !tokens.get(0).text().equals(tokens.get(0).text().toUpperCase(Locale.ROOT))
        || !tokens.get(1).text().equals(",") && !tokens.get(1).text().equals("(")) {
      return false;
    }
    for (int j = 2; j < tokens.size() && j <= WITHIN; j++) {
      if (DASHES.contains(tokens.get(j).text())) {
        return true;
      }
    }
    return false;
  }
}
