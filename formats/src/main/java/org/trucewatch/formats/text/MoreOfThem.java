package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * "Один загиблий і п'ятеро постраждалих. Ще троє постраждалих": a word of more right before a
 * figure's number, when the casualty word before it is of the figure's own kind, says its people
 * are others than those counted before, never the same people told again nor a part of them. After
 * a word of the other kind the word only joins two kinds ("погиб мужчина, еще один человек ранен")
 * and says nothing of repeats; after a word of more of its own it is the same "more" told again.
 */
final class MoreOfThem {
  /** Words of more that stand right before the number they add. */
  private static final Set<String> MORE = Set.of("ще", "іще", "еще", "ещё", "another");

  private MoreOfThem() {}

  /**
   * Whether a word of more stands right before the figure's number, in its sentence, and the last
   * killed or injured word of the paragraph before that word is of the figure's kind.
   */
  static boolean before(List<Token> tokens, int[] sentence, Figure f, List<Cue.Match> casualties) {
    int more = f.first() - 1;
    if (more < 0 || sentence[more] != sentence[f.first()] || !MORE.contains(tokens.get(more).lower())
        || NumberWords.at(tokens, f.first()).length == 0) {
      return false;
    }
    Cue.Match last = null;
    for (Cue.Match m : casualties) {
      if (m.last() < more && Cue.Match.killedOrInjured(m) != null && (last == null || m.last() > last.last())) {
        last = m;
      }
    }
    if (last == null || !last.cue().value().equals(f.category())) {
      return false;
    }
    // "погибла женщина, еще двое ранены ... Еще два человека получили ранения": the lead's "more"
    // told again, the same people
    for (int k = last.first() - 1; k >= Math.max(0, last.first() - 5) && sentence[k] == sentence[last.first()]; k--) {
      if (MORE.contains(tokens.get(k).lower())) {
        return false;
      }
    }
    return true;
  }
}
