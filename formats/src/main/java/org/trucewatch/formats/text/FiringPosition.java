package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A settlement named as where the fire came from ("с позиций в Красногоровке обстреляли Кировский
 * район Донецка", "з позицій у Горлівці", "from positions in Horlivka", "aus Stellungen bei
 * Horliwka"): the shooters' position, not where the shells fell.
 */
final class FiringPosition {
  /** Beginnings of the word for positions, in the four languages. */
  private static final List<String> POSITIONS = List.of("позиц", "position", "stellung");
  /** Prepositions between the positions and the settlement. */
  private static final Set<String> PREPOSITIONS = Set.of("в", "у", "во", "под", "під", "возле", "біля", "около", "in", "near",
      "at", "around", "outside", "bei", "nahe", "im");

  private FiringPosition() {}

  /** Whether the name at {@code i} follows "positions in". */
  static boolean at(List<Token> tokens, int i) {
    if (i < 2 || !PREPOSITIONS.contains(tokens.get(i - 1).lower())) {
      return false;
    }
    String before = tokens.get(i - 2).lower();
    return POSITIONS.stream().anyMatch(before::startsWith);
  }
}
