package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A settlement named as where the fire came from ("с позиций в Красногоровке обстреляли Кировский
 * район Донецка", "з позицій у Горлівці", "from positions in Horlivka", "aus Stellungen bei
 * Horliwka"): the shooters' position, not where the shells fell. Only after "from": "fired at
 * Ukrainian positions near Velyka Novosilka" is fire that fell near Velyka Novosilka.
 */
final class FiringPosition {
  /** Beginnings of the word for positions, in the four languages. */
  private static final List<String> POSITIONS = List.of("позиц", "position", "stellung");
  /** Prepositions between the positions and the settlement. */
  private static final Set<String> PREPOSITIONS = Set.of("в", "у", "во", "под", "під", "возле", "біля", "около", "in", "near",
      "at", "around", "outside", "bei", "nahe", "im");

  private FiringPosition() {}

  /** "from", "с", "з", "aus", "von" before the positions: fire at positions near a town hits near it. */
  private static final Set<String> FROM = Set.of("from", "с", "со", "з", "із", "зі", "aus", "von");

  /** Whether the name at {@code i} follows "from positions in". */
  static boolean at(List<Token> tokens, int i) {
    if (i < 3 || !PREPOSITIONS.contains(tokens.get(i - 1).lower()) || !FROM.contains(tokens.get(i - 3).lower())) {
      return false;
    }
    String before = tokens.get(i - 2).lower();
    return POSITIONS.stream().anyMatch(before::startsWith);
  }
}
