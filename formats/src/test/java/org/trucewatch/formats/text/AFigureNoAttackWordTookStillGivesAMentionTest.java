package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text whose casualty figures no paragraph took as an incident's (no attack or means word stood
 * by them) still gives its casualties, at the place the paragraph before names when its own names
 * none; losses of troops stay no incident. Sentences written for this test.
 */
class AFigureNoAttackWordTookStillGivesAMentionTest {
  @Test
  void civiliansKilledInAnOblastWithoutAnAttackWordAreCounted() {
    List<IncidentMention> ms = ExtractedSentences.mentions("The occupiers have killed three civilians and wounded four more "
        + "in Kharkiv Oblast over the past day.\n\nThis was reported by the head of the regional administration.",
        Language.EN);
    assertThat(killed(ms)).isEqualTo(3);
    assertThat(injured(ms)).isEqualTo(4);
  }

  @Test
  void theVictimsOfAParagraphWithoutAPlaceStandAtTheTownThePreviousParagraphNames() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Heute Nacht trifft es ein Wohnviertel am Rand von Cherson.\n\n"
        + "Ein 52-jähriger Mann wird getötet, zwei Frauen werden verletzt.", Language.DE);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(2);
    assertThat(ms).anySatisfy(m -> assertThat(m.place().map(p -> p.canonical())).contains("Херсон"));
  }

  @Test
  void lossesOfTroopsAreNoIncident() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Nach Angaben des Generalstabs wurden 300 russische Soldaten "
        + "getötet.", Language.DE);
    assertThat(ms).noneMatch(m -> m.claim().casualties().any());
  }
}
