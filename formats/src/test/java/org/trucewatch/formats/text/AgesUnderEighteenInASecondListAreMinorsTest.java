package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "постраждали шестеро людей: чотири жінки ... та двоє хлопців 13 і 18 років": the ages listed after a
 * noun of people that names no children count a minor for each age under 18. Sentences written for
 * this test.
 */
class AgesUnderEighteenInASecondListAreMinorsTest {
  private static int minors(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum();
  }

  @Test
  void twoLadsAgedThirteenAndEighteenAreOneMinor() {
    assertThat(minors("Росіяни обстріляли Нікополь, постраждали п'ятеро людей: три жінки віком від 40 до 70 років та двоє "
        + "хлопців 15 і 19 років.", Language.UK)).isEqualTo(1);
  }

  @Test
  void womenAgedSeventyTwoAndSixtySevenAreNoMinors() {
    assertThat(minors("Росіяни обстріляли Нікополь. Постраждали жінки 72 і 67 років.", Language.UK)).isZero();
  }

  @Test
  void childrenCountedByTheirNounAreNotCountedAgainByTheirAges() {
    assertThat(minors("Росіяни обстріляли Нікополь. Постраждали двоє дітей 5 і 7 років.", Language.UK)).isEqualTo(2);
  }
}
