package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A wound named as a noun is an injury ("eine Splitterwunde am Kopf erlitten", "eine Schusswunde"),
 * and "perished" is a death, as "died" is. Sentences written for this test.
 */
class WoundsAndPerishedTest {
  private static IncidentMention one(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void aShrapnelWoundIsOneInjured() {
    assertThat(one("Russische Drohnen trafen ein Wohnhaus in Saporischschja. Eine Frau habe eine Splitterwunde am Bein erlitten.",
        Language.DE).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(one("Bei dem Artilleriebeschuss von Cherson erlitt ein Mann eine Schusswunde.", Language.DE)
        .claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aWomanWhoPerishedIsOneKilled() {
    assertThat(one("Artillery shelled Horlivka overnight. An 81-year-old woman perished when a shell hit her house.", Language.EN)
        .claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }
}
