package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A German compound is one person as its last part is: "ein Hotelmitarbeiter", "ein Lkw-Fahrer", "eine
 * Hausbewohnerin". Sentences written for this test.
 */
class AGermanCompoundEndingInAPersonIsOnePersonTest {
  private List<IncidentMention> mentions(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms;
  }

  @Test
  void aCompoundOfAnEmployeeIsOneKilled() {
    assertThat(mentions("Russische Raketen trafen die Stadt Cherson. Dabei starb ein Lagermitarbeiter im Alter von 58 Jahren.")
        .get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aCompoundOfADriverIsOneInjured() {
    assertThat(mentions("Russische Drohnen griffen die Stadt Cherson an. Verletzt wurde ein Lkw-Fahrer.")
        .get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theHeadAloneIsNoCompound() {
    assertThat(PeopleWords.germanCompoundPerson(new Token("Fahrer", "fahrer", 0, 6), Language.DE)).isFalse();
    assertThat(PeopleWords.germanCompoundPerson(new Token("Hotelmitarbeiter", "hotelmitarbeiter", 0, 16), Language.DE)).isTrue();
  }
}
