package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name of several words that nothing introduces is read no further: its last word alone is no place of the text
 * ("Русскую Лозовую" is not the town Lozova). Sentences written for this test.
 */
class ANameOfSeveralWordsLeftUnreadLeavesItsLastWordTooTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theSecondWordOfAnUnreadNameIsNoTown() {
    assertThat(places("Днем оккупанты атаковали дронами Русскую Лозовую, ранен мужчина.")).doesNotContain("Lozova");
  }

  @Test
  void theNameIntroducedIsStillRead() {
    assertThat(places("Днем оккупанты атаковали дронами автомобиль в Русской Лозовой, ранен мужчина."))
        .containsExactly("Ruska Lozova");
  }
}
