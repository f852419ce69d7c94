package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A negation before a casualty word is zero of that category, however it is worded: "nobody was
 * wounded", "no children were hurt", "Die Menschen wurden nicht verletzt"; not when it negates
 * one person, knowledge or degree. Sentences written for this test.
 */
class NegatedCasualtiesTest {
  private Casualties casualties(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).isNotEmpty();
    return ms.get(0).claim().casualties();
  }

  @Test
  void nobodyWasWounded() {
    assertThat(casualties("Russian forces shelled Kherson in the evening; nobody was wounded.").injured())
        .isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void noChildrenIsZeroMinorsOnly() {
    Casualties c = casualties("Russian artillery shelled Kherson, wounding five people. No children were hurt.");
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void neitherKilledNorInjured() {
    Casualties c = casualties("A drone struck a warehouse in Kherson; none of the workers were killed or injured.");
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void germanPeopleNotHurt() {
    assertThat(casualties("Die russische Armee hat Cherson mit Artillerie beschossen. Die Menschen wurden nach Angaben der Behörden nicht verletzt.")
        .injured()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void germanNobody() {
    assertThat(casualties("Russische Drohnen griffen Cherson an, dabei wurden keine Zivilisten verletzt.").injured())
        .isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void onePersonNotHurtLeavesTheCountUnsaid() {
    assertThat(casualties("A drone struck a house in Kherson, but the owner was not injured.").injured())
        .isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void notSeriouslyInjuredIsInjured() {
    assertThat(casualties("Russian shelling of Kherson injured two people, who were not seriously injured.").injured())
        .isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void noInformationIsNoZero() {
    assertThat(casualties("Russian forces shelled Kherson overnight. There was no information on casualties.").injured())
        .isEqualTo(CasualtyCount.UNKNOWN);
  }
}
