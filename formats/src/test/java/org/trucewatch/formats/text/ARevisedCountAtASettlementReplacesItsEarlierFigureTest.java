package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A revised count at a settlement ("кількість загиблих у Балаклії зросла до трьох") is the new count
 * of its category there: the earlier figure of that place in the paragraph is replaced, not added to.
 * Sentences written for this test.
 */
class ARevisedCountAtASettlementReplacesItsEarlierFigureTest {
  @Test
  void aDeathThenTheTollAtTheSameTownRisingToThreeIsThreeKilled() {
    assertThat(ExtractedSentences.killed(ExtractedSentences.mentions(
        "Росіяни обстріляли Балаклію. У Балаклії загинула жінка.\nПізніше кількість загиблих у Балаклії зросла до трьох.",
        Language.UK))).isEqualTo(3);
  }

  @Test
  void aDeathInAnotherTownStaysBesideTheRevisedCount() {
    assertThat(ExtractedSentences.killed(ExtractedSentences.mentions(
        "Росіяни обстріляли Балаклію та Ізюм. В Ізюмі загинула жінка.\nПізніше кількість загиблих у Балаклії зросла до трьох.",
        Language.UK))).isEqualTo(4);
  }
}
