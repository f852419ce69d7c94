package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A wire story's dateline: the city in capitals, then the date or agency, then a dash ("ДОНЕЦК, 15
 * мар - РИА Новости.", "KYIV, Ukraine (AP) —"). It says where the report was filed, not where
 * anything happened.
 */
final class Dateline {
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  /** How far the dash may stand after the city. */
  private static final int WITHIN = 8;

  private Dateline() {}

  /** Whether the paragraph's tokens open with a capitals dateline. */
  static boolean capitals(List<Token> tokens) {
    if (tokens.size() < 3 || !tokens.get(0).word() || tokens.get(0).text().length() < 3
        || !tokens.get(0).text().equals(tokens.get(0).text().toUpperCase(java.util.Locale.ROOT))
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
