package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In one paragraph, a later sentence's figure of two or more at the same settlement with the same
 * count tells the same people again ("Число раненых ... возросло до 16 ... 16 ранены"); people said
 * to be more, and single persons, are others. Sentences written for this test.
 */
class SameCountAtTheSamePlaceTest {
  private static int injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    return ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void sixteenInjuredInKramatorskToldTwiceAreSixteen() {
    assertThat(injured("Число раненых в результате удара по Краматорску возросло до 16 человек. Под завалами еще остаются люди. "
        + "По меньшей мере один человек погиб и 16 ранены - таковы последствия удара по Краматорску.")).isEqualTo(16);
    assertThat(injured("Russian missiles struck Kramatorsk, injuring 16 people. Rescuers are still searching the rubble. "
        + "At least one person was killed and 16 were injured in Kramatorsk, the governor said.")).isEqualTo(16);
  }

  @Test
  void theSameCountAtAnotherSettlementIsOthers() {
    assertThat(injured("Russian shelling of Kherson injured two people. Later, drones struck Nikopol, injuring two people."))
        .isEqualTo(4);
  }

  @Test
  void twoSinglePersonsAtTheSamePlaceAreTwo() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russians killed a woman in the Dniprovskyi district of Kherson. Due to "
        + "another enemy shelling, a 66-year-old Kherson resident received fatal injuries.");
    assertThat(ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().killed().min()).sum())
        .isEqualTo(2);
  }
}
