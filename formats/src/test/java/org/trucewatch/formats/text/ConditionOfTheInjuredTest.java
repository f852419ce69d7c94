package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number told by its condition ("стан трьох постраждалих оцінюють як середньої тяжкості", "the
 * condition of two of the injured is serious") describes people counted before, in that paragraph
 * or an earlier one; with no figure before, it is the figure. Sentences written for this test.
 */
class ConditionOfTheInjuredTest {
  private static int injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    return ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void theConditionOfThreeOfTheSixInjuredIsNoMore() {
    assertThat(injured("Кількість поранених внаслідок ракетного удару по Запоріжжю зросла до шести.\n\n"
        + "Одна з поранених у тяжкому стані, стан трьох постраждалих лікарі оцінюють як середньої тяжкості.")).isEqualTo(6);
    assertThat(injured("Число раненых в результате удара по Запорожью возросло до шести.\n\n"
        + "Состояние двух пострадавших врачи оценивают как тяжелое.")).isEqualTo(6);
    assertThat(injured("A Russian missile struck Zaporizhzhia, injuring six people. The condition of two injured is serious."))
        .isEqualTo(6);
  }

  @Test
  void theConditionOfThreeInjuredWithNoFigureBeforeIsThree() {
    assertThat(injured("Ворог обстріляв Запоріжжя. Стан трьох постраждалих лікарі оцінюють як середньої тяжкості.")).isEqualTo(3);
  }
}
