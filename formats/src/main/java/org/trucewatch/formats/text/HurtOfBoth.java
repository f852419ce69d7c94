package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Постраждали щонайменше 14 людей: загинуло п'ятеро і поранено 9", "Eleven people were hurt: three were
 * killed": a count of the hurt whose colon lists the dead counts them among it; the injured are the count
 * less the killed, not the count on top of them.
 */
final class HurtOfBoth {
  /**
   * Marks that open a list of what a count holds: "14 людей: загинуло п'ятеро" (a dash is no such mark: "одна —
   * загинула" stands for the verb).
   */
  private static final Set<String> ITEMISING = Set.of(":");

  private HurtOfBoth() {}

  /** The figures with each injured count whose colon lists killed made the count less those killed. */
  static List<Figure> parted(Paragraph paragraph, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures);
    for (Figure hurt : figures) {
      if (!hurt.category().equals("injured") || hurt.count().min() < 2) {
        continue;
      }
      // a killed figure after a colon in the count's sentence is of them: the rest are the injured (a killed and an
      // injured figure that merely add up to the count is no sign: "двое ранены ... один ранен, погиб один" are others)
      Figure dead = figures.stream().filter(k -> k.category().equals("killed") && itemised(paragraph, hurt, k)
          && k.count().max().isPresent() && k.count().min() >= 1 && k.count().min() < hurt.count().min()).findFirst().orElse(null);
      if (dead != null) {
        out.set(out.indexOf(hurt), new Figure("injured", OfThem.rest(hurt.count(), dead.count().min()), hurt.first(), hurt.last(),
            hurt.where(), hurt.spans(), hurt.revision()));
      }
    }
    return out;
  }

  /** Whether {@code part} follows {@code sum} in its sentence after a colon, and no colon stands before {@code sum}. */
  private static boolean itemised(Paragraph paragraph, Figure sum, Figure part) {
    if (part.first() <= sum.last() || paragraph.sentence[part.first()] != paragraph.sentence[sum.first()]) {
      return false;
    }
    // a colon before the count makes it an item of a list itself: "Поранені: 5 людей, загиблі: 2"
    for (int j = sum.first() - 1; j >= 0 && paragraph.sentence[j] == paragraph.sentence[sum.first()]; j--) {
      if (ITEMISING.contains(paragraph.tokens.get(j).text())) {
        return false;
      }
    }
    boolean mark = false;
    for (int j = sum.last() + 1; j < part.first(); j++) {
      mark |= ITEMISING.contains(paragraph.tokens.get(j).text());
    }
    return mark;
  }
}
