package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Groups of people told with their ages and joined by "and" share the verb after the last of them and
 * make one figure of their sum: "Drei Männer im Alter von 64, 63 und 58 sowie zwei Frauen im Alter von
 * 56 und 72 Jahren kamen ums Leben" is five killed. Sentences written for this test.
 */
class GroupsToldWithTheirAgesShareTheVerbAfterTheLastTest {
  @Test
  void threeMenAndTwoWomenWithTheirAgesKilledAreFive() {
    assertThat(ExtractedSentences.killed(ExtractedSentences.mentions(
        "Beschuss auf Isjum. Drei Männer im Alter von 61, 47 und 39 sowie zwei Frauen im Alter von 52 und 70 Jahren kamen ums Leben.",
        Language.DE))).isEqualTo(5);
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Обстріл Ізюма. Двоє чоловіків віком 41 і 55 років та три жінки отримали поранення.", Language.UK))).isEqualTo(5);
  }

  @Test
  void groupsJoinedNounToNounStayTheirSum() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Beschuss auf Isjum. Zwei Frauen und drei Männer wurden verletzt.", Language.DE))).isEqualTo(5);
  }
}
