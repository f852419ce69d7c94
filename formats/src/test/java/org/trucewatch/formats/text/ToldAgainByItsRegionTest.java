package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later paragraph's figure placed only by the region of an earlier figure's settlement, with the
 * same count, tells the same people again ("seven injured in Kharkiv" ... "the Kharkiv Oblast
 * Prosecutor's Office confirmed that seven people had been injured"); the same count in another
 * region is other people. Sentences written for this test.
 */
class ToldAgainByItsRegionTest {
  private static int injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    return ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void sevenInjuredInKharkivConfirmedByTheOblastAreSeven() {
    assertThat(injured("A Russian glide bomb hit a wood in Kharkiv. Seven people were injured.\n\n"
        + "Later, the Kharkiv Oblast Prosecutor's Office confirmed that seven people had been injured.")).isEqualTo(7);
    assertThat(injured("Росіяни скинули керовану авіабомбу на Харків. Поранено сімох людей.\n\n"
        + "Згодом прокуратура Харківської області підтвердила, що поранено сімох людей.")).isEqualTo(7);
  }

  @Test
  void sevenInjuredInAnotherRegionAreOthers() {
    assertThat(injured("A Russian glide bomb hit a wood in Kharkiv. Seven people were injured.\n\n"
        + "In the Sumy region, Russian shelling injured seven people.")).isEqualTo(14);
  }
}
