package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A minor's noun with an adult's age before it is no child: "A 19-year-old boy was injured" is one
 * injured and no minor; "a 12-year-old boy" and "a boy" stay a child. Sentences written for this test.
 */
class ANineteenYearOldBoyIsNoChildTest {
  private static IncidentMention one(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.EN);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void nineteenYearOldBoy() {
    IncidentMention m = one("Russian artillery shelled Kherson. A 19-year-old boy was injured in the Korabelnyi district.");
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(m.claim().casualties().minors().min()).isZero();
  }

  @Test
  void twelveYearOldBoyAndABoyAreChildren() {
    assertThat(one("Russian artillery shelled Kherson. A 12-year-old boy was injured.").claim().casualties().minors())
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(one("Russian artillery shelled Kherson. A boy was injured.").claim().casualties().minors())
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
