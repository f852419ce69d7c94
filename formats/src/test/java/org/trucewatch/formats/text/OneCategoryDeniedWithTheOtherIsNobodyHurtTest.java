package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A phrase denying one category, joined by "or"/"and" to a word of the other, says nobody was hurt, children
 * included: "no fatalities or casualties", "keine Toten oder Verluste". Sentences written for this test.
 */
class OneCategoryDeniedWithTheOtherIsNobodyHurtTest {
  private Casualties casualties(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void noFatalitiesOrCasualtiesIsNobodyHurt() {
    Casualties c = casualties("The mayor said the shelling of Kramatorsk caused no fatalities or casualties.");
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void keineToteOderVerlusteIsNobodyHurt() {
    Casualties c = casualties("Nach dem Beschuss von Nikopol gibt es keine Toten oder Verluste, teilte die Verwaltung mit.");
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void noDeadOrDamageDeniesOnlyTheDead() {
    Casualties c = casualties("Nach dem Beschuss von Nikopol gibt es keine Toten oder Zerstörungen, teilte die Verwaltung mit.");
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isNotEqualTo(CasualtyCount.NONE);
  }
}
