package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "umkommen" is to be killed ("ist ein Mann umgekommen", "bei dem drei Menschen umkamen"), and a
 * contusion ("erlitt eine Prellung") is an injury. Sentences written for this test.
 */
class GermanUmkommenAndAContusionAreCasualtyWordsTest {
  private static Casualties casualties(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.DE);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aPersonWhoCameToDeath() {
    assertThat(casualties("Bei dem Beschuss von Cherson ist ein 58-jähriger Rentner umgekommen.").killed())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void peopleWhoCameToDeathInASubordinateClause() {
    assertThat(casualties("Die Armee beschoss Nikopol, wobei drei Zivilisten umkamen.").killed())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void aContusionIsAnInjury() {
    Casualties c = casualties("In Kupjansk ist ein Mann gestorben, seine Frau erlitt eine Prellung.");
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(1));
  }
}
