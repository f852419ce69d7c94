package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * An adult joined by "and" to a number of children ("two children and an adult were injured") is
 * one more of the figure, as a child after adults already was. Sentences written for this test.
 */
class ChildrenAndAnAdultTest {
  private CasualtyCount injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void anAdultAfterChildrenIsOneMore() {
    assertThat(injured("A Russian drone hit Sumy and injured three children and an adult.")).isEqualTo(CasualtyCount.exactly(4));
    assertThat(injured("При ударе беспилотника по Сумам ранены двое детей и взрослый.")).isEqualTo(CasualtyCount.exactly(3));
    assertThat(injured("Внаслідок удару дрона по Сумах поранено трьох дітей і дорослого.")).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void adultsBeforeAChildStayCounted() {
    assertThat(injured("A Russian drone hit Sumy and injured two adults and a child.")).isEqualTo(CasualtyCount.exactly(3));
  }
}
