package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * People named "among the injured" after the injured were counted are some of them, not more:
 * the text's figure stays the first count. Sentences written for this test.
 */
class AmongThoseCountedTest {
  private CasualtyCount injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void ukrainian() {
    assertThat(injured("Унаслідок обстрілу Марганця поранено п'ятьох людей. Серед постраждалих двоє чоловіків – 38 і 70 років."))
        .isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void russian() {
    assertThat(injured("В результате обстрела Марганца ранены пять человек. Среди раненых двое мужчин – 38 и 70 лет."))
        .isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void english() {
    assertThat(injured("Shelling of Marhanets injured five people. Among the injured were two men aged 38 and 70."))
        .isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void aNumberAmongThemLargerThanAnyCountIsNoPart() {
    // "серед поранених" with no smaller figure before it is a figure of its own
    assertThat(injured("Унаслідок обстрілу Марганця серед поранених троє людей."))
        .isEqualTo(CasualtyCount.exactly(3));
  }
}
