package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "another" standing for a person, its verb right after it, is one more person ("one person was
 * killed and another was injured"); "another 12 people" and "another strike" are no such. Sentences
 * written for this test.
 */
class AnotherBeforeItsVerbIsOneMorePersonTest {
  @Test
  void onePersonKilledAndAnotherInjuredIsOneInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions(
        "A drone hit a shop in Semenivka. One person was killed and another was injured.", Language.EN);
    assertThat(ExtractedSentences.killed(ms)).isEqualTo(1);
    assertThat(ExtractedSentences.injured(ms)).isEqualTo(1);
  }

  @Test
  void anotherBeforeANumberIsThatNumber() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "A drone hit a shop in Semenivka. Another 12 people were injured.", Language.EN))).isEqualTo(12);
  }
}
