package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "deceased" is a word of death as "dead" is: "there is a deceased person", "one deceased resident".
 * Sentences written for this test.
 */
class ADeceasedPersonIsOneKilledTest {
  private CasualtyCount killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().killed();
  }

  @Test
  void thereIsADeceasedPersonIsOneKilled() {
    assertThat(killed("Russian troops shelled Kherson this morning. Sadly, there is a deceased person, the administration said."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void twoDeceasedAreTwo() {
    assertThat(killed("Russian troops shelled Kherson this morning; two deceased residents were found, the administration said."))
        .isEqualTo(CasualtyCount.exactly(2));
  }
}
