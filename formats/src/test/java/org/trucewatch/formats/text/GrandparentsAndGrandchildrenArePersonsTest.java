package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The family beyond parents, children and spouses (grandparents, grandchildren, siblings,
 * relatives) are one person each, as "мать" and "son" were. Sentences written for this test.
 */
class GrandparentsAndGrandchildrenArePersonsTest {
  private static int killed(List<IncidentMention> ms) {
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  private static int injured(List<IncidentMention> ms) {
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void aGrandmotherWhoDiedIsOneKilled() {
    assertThat(killed(ExtractedSentences.mentions("При обстреле Горловки погибла бабушка, повреждены три дома.",
        Language.RU))).isEqualTo(1);
    assertThat(killed(ExtractedSentences.mentions("Внаслідок обстрілу Херсона загинув дідусь.", Language.UK))).isEqualTo(1);
  }

  @Test
  void aGrandfatherAndHisGrandsonInjuredAreTwo() {
    assertThat(injured(ExtractedSentences.mentions("Дедушка и его внук были ранены при обстреле Донецка.", Language.RU)))
        .isEqualTo(2);
    assertThat(injured(ExtractedSentences.mentions("A drone hit a car in Kherson; a man and his brother were injured.",
        Language.EN))).isEqualTo(2);
  }
}
