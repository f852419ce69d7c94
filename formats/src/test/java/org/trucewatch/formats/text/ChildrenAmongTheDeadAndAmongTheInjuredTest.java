package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Children among the killed and children among the injured add up ("18 killed, including nine
 * children ... 72 injured, including 12 children" is 21 minors); children told twice among the
 * same category stay one figure. Sentences written for this test.
 */
class ChildrenAmongTheDeadAndAmongTheInjuredTest {
  private static CasualtyCount minors(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().minors();
  }

  @Test
  void childrenKilledAndChildrenInjuredAreAdded() {
    assertThat(minors("A missile hit Kryvyi Rih. 18 people were killed, including nine children. 72 people were injured, "
        + "including 12 children.", Language.EN)).isEqualTo(CasualtyCount.exactly(21));
    assertThat(minors("Russland hat Krywyj Rih angegriffen. Bei dem Angriff sind mindestens 18 Menschen ums Leben gekommen, "
        + "darunter neun Kinder. Laut Gouverneur wurden mindestens 72 Menschen verletzt, darunter 12 Kinder.", Language.DE).min())
        .isEqualTo(21);
  }

  @Test
  void childrenToldTwiceAmongTheInjuredAreNotAdded() {
    assertThat(minors("A missile hit Kryvyi Rih. 72 people were injured, including 12 children. Among the injured are 12 children.",
        Language.EN)).isEqualTo(CasualtyCount.exactly(12));
  }
}
