package org.trucewatch.formats.text;

import java.util.List;

/**
 * The place a figure's text says it stands at, which may be less than the place it was given (the
 * nearest, the sentence before's, the paragraph's one settlement).
 */
final class SaidPlace {
  private SaidPlace() {}

  /**
   * The figure's place as said of it, or null: named in its clause, or in its sentence or a sentence
   * before it that names no other settlement. A place it has only from a later sentence ("A 17-year-old boy died. ...
   * Another woman from the village of Preobrazhenka was injured") is not said of it; of the settlements
   * an earlier sentence lists ("атакували Городню та передмістя Чернігова. Постраждали двоє"), the text
   * does not say at which the figure stands. What tells whether a figure repeats one told before.
   */
  static PlaceMention of(Paragraph paragraph, Figure f) {
    PlaceMention m = f.where();
    if (m == null || m.isRegion()) {
      return m;
    }
    if (paragraph.sentence[m.first()] == paragraph.sentence[f.first()]) {
      // "Двоє ... – з села Вірівка ... та з міста Костянтинівка – загинули ..., ще семеро дістали поранення": a
      // figure whose own clause names no place, in a sentence of several towns, is the count of them all
      boolean ownClause = paragraph.clause[m.first()] == paragraph.clause[f.first()]
          || paragraph.clause[m.last()] == paragraph.clause[f.first()] || dashBefore(paragraph, m, f)
          || subsetOfOnePlace(paragraph, m, f);
      return ownClause || !listed(paragraph, m) ? m : null;
    }
    return paragraph.sentence[m.first()] < paragraph.sentence[f.first()] && !listed(paragraph, m) ? m : null;
  }

  /**
   * The figure's place as the paragraph gives it, or null: as {@link #of}, and also a later sentence
   * that only says where ("Demnach trafen die Angriffe Zivilisten in der Stadt Torezk"), with no figure
   * of its own there. What groups a paragraph's figures into incidents; {@code figures} are the
   * paragraph's.
   */
  static PlaceMention placing(Paragraph paragraph, Figure f, List<Figure> figures) {
    PlaceMention m = f.where();
    PlaceMention said = of(paragraph, f);
    if (said != null || m == null) {
      return said;
    }
    int at = paragraph.sentence[m.first()];
    if (at < paragraph.sentence[f.first()]) {
      return null;
    }
    boolean owned = figures.stream().anyMatch(g -> g != f && g.where() == m && paragraph.sentence[g.first()] == at);
    return owned ? null : m;
  }

  /** Whether only a dash (and a word of more) stands between the place and the figure: "у Золочеві — ще 5". */
  private static boolean dashBefore(Paragraph paragraph, PlaceMention m, Figure f) {
    if (m.last() >= f.first()) {
      return false;
    }
    boolean dash = false;
    for (int k = m.last() + 1; k < f.first(); k++) {
      boolean isDash = Dateline.DASHES.contains(paragraph.tokens.get(k).text());
      if (!isDash && paragraph.startingAt(Lexicon.Kind.MORE, k) == null) {
        return false;
      }
      dash |= isDash;
    }
    return dash;
  }

  /**
   * Whether the figure opens a subset ("серед них дитина", "including two children") right after a
   * clause whose one settlement is the place: "у Золочеві — ще 5, серед них дитина" puts the child
   * where the five are; after "in Staromykhailivka and Horlivka 7 were hurt, including five children"
   * the text does not say at which.
   */
  private static boolean subsetOfOnePlace(Paragraph paragraph, PlaceMention m, Figure f) {
    int before = paragraph.clause[f.first()] - 1;
    if (!AmongSubset.before(paragraph.tokens, f.first()) || m.last() >= f.first()) {
      return false;
    }
    int parent = m.last() + 1;
    while (parent < f.first() && paragraph.clause[parent] < before) {
      parent++;
    }
    // the place is in the parent figure's clause, or only a dash joins it to it ("у Золочеві — ще 5")
    boolean joined = paragraph.clause[m.last()] == before
        || (paragraph.clause[parent] == before && onlyDashesBetween(paragraph, m.last() + 1, parent));
    return joined && !namesAnother(paragraph, m, paragraph.clause);
  }

  /** Whether the tokens from {@code from} up to {@code to} (exclusive) are dashes only. */
  private static boolean onlyDashesBetween(Paragraph paragraph, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Dateline.DASHES.contains(paragraph.tokens.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the mention's sentence names another settlement too. */
  private static boolean listed(Paragraph paragraph, PlaceMention m) {
    return namesAnother(paragraph, m, paragraph.sentence);
  }

  /**
   * Whether the sentence or clause ({@code unit}: the paragraph's sentence or clause index of each
   * token) the mention ends in names another settlement too.
   */
  private static boolean namesAnother(Paragraph paragraph, PlaceMention m, int[] unit) {
    int at = unit[m.last()];
    long id = paragraph.namesakes.resolvedPlace(m).geonameId();
    return paragraph.mentions.stream().anyMatch(o -> o != m && !o.isRegion() && !o.candidates().isEmpty()
        && unit[o.first()] == at && paragraph.namesakes.resolvedPlace(o).geonameId() != id);
  }
}
