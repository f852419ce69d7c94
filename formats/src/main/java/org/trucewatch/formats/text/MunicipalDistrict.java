package org.trucewatch.formats.text;

import java.util.List;

/**
 * A Russian-installed "municipal district" ("Васильевский муниципальный округ", "в Васильевском
 * округе") is the raion it replaced: a region-level place, never the village whose name its
 * adjective shares.
 */
final class MunicipalDistrict {
  private MunicipalDistrict() {}

  /**
   * The index of "округ" in "муниципальном округе" or "округе" right after the adjective at
   * {@code i}, or -1.
   */
  static int nounAfter(List<Token> tokens, int i) {
    int j = i + 1;
    if (j < tokens.size() && (tokens.get(j).lower().startsWith("муниципальн") || tokens.get(j).lower().startsWith("муніципальн"))) {
      j++;
    }
    return j < tokens.size() && tokens.get(j).lower().startsWith("округ") ? j : -1;
  }
}
