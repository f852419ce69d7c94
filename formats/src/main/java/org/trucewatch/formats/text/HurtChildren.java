package org.trucewatch.formats.text;

/**
 * Minors named by the noun after a killed or injured adjective: "zwei verletzte Kinder", "two injured
 * children", "двоє поранених дітей", "двое раненых детей" are as many minors as hurt. The adjective,
 * read first, gave the number its category; the noun after it says who they are.
 */
final class HurtChildren {
  private HurtChildren() {}

  /** The minors' noun right after the killed or injured word {@code cue}, or null. */
  static Cue.Match after(Paragraph p, Cue.Match cue) {
    if (Cue.Match.killedOrInjured(cue) == null || cue.last() + 1 >= p.tokens.size()
        || p.sentence[cue.last() + 1] != p.sentence[cue.last()]) {
      return null;
    }
    Cue.Match m = p.startingAt(Lexicon.Kind.CASUALTY, cue.last() + 1);
    // ("injured minor ..." as in "a minor injury" is how bad, no child)
    return m != null && m.cue().value().equals("minors") && !PeopleWords.minorAsAdjective(p.tokens, cue.last() + 1) ? m : null;
  }
}
