package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A German name that is the object of an attack verb, with no preposition to introduce it: before
 * the participle that ends the clause ("Die russische Armee hat Beryslaw beschossen") or after the
 * verb and its subject when the clause opens with the verb ("griffen die Russen Tschuhujiw mit
 * Raketen an"). English and Ukrainian put the verb right before the name, which the attack words
 * already introduce.
 */
final class AttackedObject {
  /** Lower-case words that open a subject between the verb and the name: an article or a people's adjective. */
  private static final Set<String> SUBJECT_OPENERS = Set.of("die", "der", "das", "russische", "russischen", "feindliche",
      "ukrainische", "ukrainischen");
  /** Lower-case words that follow a subject's opener: "griffen russische Drohnen Kiew an". */
  private static final int SUBJECT_WORDS = 2;

  private AttackedObject() {}

  /**
   * Whether the name at {@code first..last} is an attack verb's object: the attack word ({@code attackAt}) right after
   * it, or before it with only a subject between ("griffen die Russen", "beschossen russische Truppen").
   */
  static boolean at(List<Token> tokens, int first, int last, IntPredicate attackAt) {
    if (last + 1 < tokens.size() && tokens.get(last + 1).word() && !tokens.get(last + 1).capitalised() && attackAt.test(last + 1)) {
      return true;
    }
    int verb = first - SUBJECT_WORDS - 1;
    if (verb < 0 || !tokens.get(first - 1).word() || !tokens.get(first - 1).capitalised()) {
      return false;
    }
    return SUBJECT_OPENERS.contains(tokens.get(first - 2).lower()) && !tokens.get(verb).capitalised() && attackAt.test(verb);
  }
}
