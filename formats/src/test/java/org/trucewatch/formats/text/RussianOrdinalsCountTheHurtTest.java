package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian and Ukrainian ordinals before a casualty word say the count has reached them, as "a third
 * man died" does, also between commas ("об еще одной, третьей, пострадавшей"); an ordinal of a floor
 * is none. Sentences written for this test.
 */
class RussianOrdinalsCountTheHurtTest {
  private static int injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.RU);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void oneMoreTheThirdInjuredWomanMakesThree() {
    assertThat(injured("Ночью армия РФ атаковала Ровно. Позже сообщили об еще одной, третьей, пострадавшей.")).isEqualTo(3);
  }

  @Test
  void theFifthFloorIsNoCount() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Ночью армия РФ атаковала Ровно. На пятом этаже погиб мужчина.",
        Language.RU);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(1);
  }
}
