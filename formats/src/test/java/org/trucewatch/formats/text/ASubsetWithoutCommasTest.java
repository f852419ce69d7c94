package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A subset named inside a figure without commas does not cut the figure from its verb: "Five people
 * including two children were injured" is five injured and two minors, "Mindestens 44 Zivilisten
 * unter ihnen ein Kind starben" 44 killed and one minor. Sentences written for this test.
 */
class ASubsetWithoutCommasTest {
  private static IncidentMention one(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void fivePeopleIncludingTwoChildrenInjured() {
    IncidentMention m = one("A missile hit Kharkiv. Five people including two children were injured.", Language.EN);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(5));
    assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void fortyFourCiviliansAmongThemAChildKilled() {
    IncidentMention m = one("Die Armee beschoss Lugansk mit Mörsern. Mindestens 44 Zivilisten unter ihnen ein Kind starben beim "
        + "Beschuss.", Language.DE);
    assertThat(m.claim().casualties().killed().min()).isEqualTo(44);
    assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
  }
}
