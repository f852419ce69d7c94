package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Figures said to be more of their kind add their people to those told before them at their
 * place: "seven others injured ... A further six people were injured" are thirteen, "ten were
 * injured ... while five others were injured" fifteen, "мужчина скончался ... он также
 * скончался" two. Figures of one place told in different sentences are otherwise the same people
 * told again (the mention takes the largest), so a word of more is what says they are not.
 */
final class MoreAdded {
  /** Words of more that follow the number they add to: "five others", "two more", "zwei weitere". */
  private static final Set<String> AFTER = Set.of("others", "more", "weitere", "weiteren", "інших", "інші", "других", "другие");

  private MoreAdded() {}

  /**
   * The group's figures with each figure that {@code more} says adds people replaced by one that
   * counts the largest figure of its kind before it too; minors and revisions stay as they are
   * (minors among the killed and the injured are {@link MinorsAmong}'s; a revision is a new count).
   */
  static List<Figure> folded(List<Figure> group, Predicate<Figure> more) {
    // in text order: a word of more adds to what was told before it
    List<Figure> ordered = new ArrayList<>(group);
    ordered.sort(Comparator.comparingInt(Figure::first));
    Map<Figure, Figure> replaced = new IdentityHashMap<>();
    List<Figure> done = new ArrayList<>();
    for (Figure f : ordered) {
      Figure before = null;
      for (Figure g : done) {
        if (g.category().equals(f.category()) && (before == null || g.count().min() > before.count().min())) {
          before = g;
        }
      }
      Figure now = f;
      if (before != null && !f.category().equals("minors") && !f.revision() && !before.revision() && f.count().min() > 0
          && before.count().min() > 0 && more.test(f)) {
        now = new Figure(f.category(), before.count().plus(f.count()), f.first(), f.last(), f.where(), f.spans(), false);
        replaced.put(f, now);
      }
      done.add(now);
    }
    List<Figure> out = new ArrayList<>(group.size());
    group.forEach(f -> out.add(replaced.getOrDefault(f, f)));
    return out;
  }

  /**
   * Whether a word of more stands next to the figure's number ("a further six", "weitere acht", "ще
   * двоє", "five others") and the last killed or injured word before it is of the figure's kind:
   * after a word of the other kind it only joins the two ("three killed and seven others injured").
   */
  static boolean ofItsKind(Paragraph p, Figure f) {
    Cue.Match before = p.endingAt(Lexicon.Kind.MORE, f.first() - 1);
    int more = before != null ? before.first() : -1;
    // "five others were injured", "zwei weitere Menschen": the word of more after the number
    for (int k = f.first() + 1; k <= Math.min(p.tokens.size() - 1, f.first() + 2) && more < 0; k++) {
      if (AFTER.contains(p.tokens.get(k).lower())) {
        more = k;
      }
    }
    if (more < 0 || p.sentence[more] != p.sentence[f.first()]) {
      return false;
    }
    int from = Math.min(more, f.first());
    Cue.Match last = null;
    for (Cue.Match m : p.cues.get(Lexicon.Kind.CASUALTY)) {
      if (m.last() < from && Cue.Match.killedOrInjured(m) != null && (last == null || m.last() > last.last())) {
        last = m;
      }
    }
    return last != null && last.cue().value().equals(f.category());
  }

  /**
   * Whether the figure's own killed or injured word follows its number in its sentence: "3 more may
   * be trapped" goes on in the category before it without saying its people were hurt.
   */
  static boolean saysItsKind(Paragraph p, Figure f) {
    Cue.Match next = null;
    for (Cue.Match m : p.cues.get(Lexicon.Kind.CASUALTY)) {
      if (m.first() > f.first() && p.sentence[m.first()] == p.sentence[f.first()] && Cue.Match.killedOrInjured(m) != null
          && (next == null || m.first() < next.first())) {
        next = m;
      }
    }
    return next != null && next.cue().value().equals(f.category());
  }

}
