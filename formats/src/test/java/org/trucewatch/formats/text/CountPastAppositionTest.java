package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A number of people reaches its verb past an apposition that holds a number of its own ("sieben
 * Menschen, unter ihnen zwei Kinder, verletzt", "Five civilians, among them three children, were
 * injured"): the outer number is the count, the inner one its minors.
 */
class CountPastAppositionTest {
  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void germanUnterIhnen() {
    Casualties c = only("Bei einem Raketenangriff auf Saporischschja wurden sieben Menschen, unter ihnen zwei Kinder, verletzt.",
        Language.DE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(7));
    assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void englishAmongThem() {
    Casualties c = only("Five civilians, among them three children, were injured when a Russian missile hit Zaporizhzhia.",
        Language.EN);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(5));
    assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void ukrainianSeredNykh() {
    Casualties c = only("Внаслідок удару по Запоріжжю семеро людей, серед них двоє дітей, дістали поранень.", Language.UK);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(7));
    assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(2));
  }
}
