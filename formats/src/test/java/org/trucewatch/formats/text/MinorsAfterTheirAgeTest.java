package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/** A number, an age, then minors ("two 12-year-old boys", "zwei 14-jährige Mädchen"): the minors are the number's people. */
class MinorsAfterTheirAgeTest {
  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void englishTwoTwelveYearOldBoys() {
    Casualties c = only("A Russian drone hit a playground in Kupiansk. Five people were injured, including two 12-year-old boys.",
        Language.EN);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(5));
    assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void germanZweiVierzehnjaehrigeMaedchen() {
    Casualties c = only("In Cherson wurden vier Menschen verletzt, darunter zwei 14-jährige Mädchen.", Language.DE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(4));
    assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(2));
  }
}
