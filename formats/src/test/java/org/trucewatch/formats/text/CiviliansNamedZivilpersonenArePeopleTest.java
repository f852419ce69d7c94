package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Zivilpersonen" are people, as "Zivilisten" are: "zwei Zivilpersonen im Alter von 68 und 38 Jahren
 * verletzt" is two injured. Sentences written for this test.
 */
class CiviliansNamedZivilpersonenArePeopleTest {
  @Test
  void twoCiviliansWithTheirAgesAfterAKilledManAreTwoInjured() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Angriff auf Isjum. Eine 64-jährige Frau wurde getötet, zwei Zivilpersonen im Alter von 41 und 59 Jahren verletzt.",
        Language.DE))).isEqualTo(2);
  }
}
