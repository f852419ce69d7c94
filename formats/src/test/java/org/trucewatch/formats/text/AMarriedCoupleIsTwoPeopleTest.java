package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A married couple is two people, as a family of four is four: "пострадала супружеская пара",
 * "поранено подружжя", "ein Ehepaar wurde verletzt"; a pair of anything else is no one. Sentences
 * written for this test.
 */
class AMarriedCoupleIsTwoPeopleTest {
  @Test
  void aMarriedCoupleHurtIsTwoInjured() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Удар по Гуляйполю. От взрыва пострадала супружеская пара: 61-летняя женщина и 64-летний мужчина.", Language.RU))).isEqualTo(2);
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Удар по Гуляйполю. Внаслідок обстрілу поранено подружжя.", Language.UK))).isEqualTo(2);
  }

  @Test
  void aPairOfDronesIsNoOne() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Удар по Гуляйполю. Пара дронов атаковала поселок, пострадавших нет.", Language.RU))).isZero();
  }
}
