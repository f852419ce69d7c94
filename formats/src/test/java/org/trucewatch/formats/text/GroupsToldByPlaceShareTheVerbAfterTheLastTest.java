package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Groups of people told by place and joined by "and" share the verb after the last of them: "12
 * мирных жителей в Северодонецке и один человек в Горском погибли" is thirteen killed. Sentences
 * written for this test.
 */
class GroupsToldByPlaceShareTheVerbAfterTheLastTest {
  @Test
  void twelvePeopleInOneTownAndOneInAnotherKilledAreThirteen() {
    assertThat(ExtractedSentences.killed(ExtractedSentences.mentions(
        "Обстрел Северодонецка. За сутки 12 мирных жителей в Северодонецке и один человек в Горском погибли.", Language.RU)))
        .isEqualTo(13);
  }

  @Test
  void threeInOneTownAndTwoInAnotherInjuredAreFive() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Обстріл Херсонщини. Троє людей у Херсоні та двоє людей у Бериславі отримали поранення.", Language.UK))).isEqualTo(5);
  }
}
