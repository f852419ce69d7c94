package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Ещё N" after a figure goes on in its category, unless the N are said to be under the rubble or
 * missing: those are not yet killed or injured. Sentences written for this test.
 */
class TrappedIsNoCasualtyTest {
  /** The injured of all the text's mentions, summed. */
  private int injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void underTheRubble() {
    assertThat(injured("Ракеты попали в дома в Краматорске и Дружковке. В Краматорске ранены четыре человека, в Дружковке "
        + "еще 3 человека находятся под завалами.")).isEqualTo(4);
    assertThat(injured("Ракети влучили в будинки у Краматорську та Дружківці. У Краматорську поранено чотирьох людей, у "
        + "Дружківці ще 3 людини перебувають під завалами.")).isEqualTo(4);
  }

  @Test
  void missing() {
    assertThat(injured("Ракети влучили в будинки у Краматорську та Дружківці. У Краматорську поранено чотирьох людей, у "
        + "Дружківці ще 2 вважаються зниклими безвісти.")).isEqualTo(4);
  }
}
