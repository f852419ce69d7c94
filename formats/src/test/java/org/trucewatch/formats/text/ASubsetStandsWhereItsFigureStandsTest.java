package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A subset told after a figure ("серед них дитина", "including two children") stands where that
 * figure stands when the figure's clause names one settlement, joined to it by a dash or not (the
 * development set's texts whose figure's clause names two settlements, as {@code ru-d20}, keep their
 * subset unplaced). Sentences written for this test.
 */
class ASubsetStandsWhereItsFigureStandsTest {
  /** The least number of minors counted at the settlement, or empty when no mention there counts minors. */
  private static Optional<Integer> minorsAt(List<IncidentMention> ms, String place) {
    return ms.stream()
        .filter(m -> m.place().isPresent() && m.place().get().canonical().equals(place))
        .filter(m -> !m.claim().casualties().minors().isUnknown())
        .map(m -> m.claim().casualties().minors().min())
        .findFirst();
  }

  @Test
  void aChildAmongTheFiguresJoinedToATownByADashIsCountedAtThatTown() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Унаслідок обстрілу Харківщини поранено щонайменше 9 людей. "
        + "У Куп'янську поранено 6 людей, у Балаклії — ще 3, серед них дитина.", Language.UK);
    assertThat(minorsAt(ms, "Балаклія")).contains(1);
    assertThat(minorsAt(ms, "Куп'янськ")).isEmpty();
  }
}
