package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A hedge or a bound between a casualty word and its number does not use up the reach from the number back
 * to the word: "ранения получили не менее 74 человек", "поранення отримали щонайменше п'ятеро людей".
 * Sentences written for this test.
 */
class AHedgeBetweenAnInjuryNounAndItsCountTest {
  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void russianWoundsReceivedByAtLeastSeventyFour() {
    assertThat(injured("После ракетного удара по Сумам ранения получили не менее 74 человек.", Language.RU))
        .isEqualTo(CasualtyCount.atLeast(74));
  }

  @Test
  void ukrainianWoundsReceivedByAtLeastFive() {
    assertThat(injured("Після ракетного удару по Сумах поранення отримали щонайменше п'ятеро людей.", Language.UK))
        .isEqualTo(CasualtyCount.atLeast(5));
  }

  @Test
  void withoutAHedgeAsBefore() {
    assertThat(injured("После ракетного удара по Сумам ранения получили 74 человека.", Language.RU))
        .isEqualTo(CasualtyCount.exactly(74));
  }
}
