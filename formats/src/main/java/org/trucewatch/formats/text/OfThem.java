package org.trucewatch.formats.text;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "Пострадали два человека, один из них погиб", "постраждали троє, двоє з них загинули", "five were
 * wounded, one of them died": some of the people just counted are of the other category, and no
 * longer of the first. Reports count the affected and then say how many of them died.
 */
final class OfThem {
  /** The categories a person "of them" moves between. */
  private static final Set<String> HURT = Set.of("killed", "injured");
  private static final Set<String> OF = Set.of("из", "з", "із", "зі", "of", "von");
  private static final Set<String> THEM = Set.of("них", "them", "ihnen");

  private OfThem() {}

  /** Whether "из них", "з них", "of them" follows the number ending at {@code end} in its sentence. */
  static boolean moved(List<Token> tokens, int end, int[] sentence) {
    return end + 2 < tokens.size() && OF.contains(tokens.get(end + 1).lower()) && THEM.contains(tokens.get(end + 2).lower())
        && sentence[end + 2] == sentence[end];
  }

  /** Whether {@code n} of a figure of {@code from} move to {@code to}: killed and injured, fewer than all. */
  static boolean movedCategory(String from, String to, int n, CasualtyCount count) {
        return HURT.contains(from) && HURT.contains(to) && !from.equals(to) && count.min() > n;
  }

  /** What is left of {@code count} when {@code n} of them are of the other category. */
  static CasualtyCount rest(CasualtyCount count, int n) {
    return new CasualtyCount(count.min() - n,
        count.max().isPresent() ? OptionalInt.of(count.max().getAsInt() - n) : OptionalInt.empty());
  }
}
