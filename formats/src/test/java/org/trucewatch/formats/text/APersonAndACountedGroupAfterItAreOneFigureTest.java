package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person joined by "and" to a counted group after it is one more of the group's figure, in every
 * language and with the verb before or after them; a person with a verb of their own is not, nor is one
 * told among those hurt. Sentences written for this test.
 */
class APersonAndACountedGroupAfterItAreOneFigureTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aWomanAndTwoChildrenAreThreeInjuredTwoOfThemMinors() {
    for (Casualties c : List.of(
        casualties("The shelling of Kherson wounded a 60-year-old woman and two children.", Language.EN),
        casualties("In Kherson a woman and two children were wounded on Sunday.", Language.EN),
        casualties("Verletzt wurden in Cherson eine Frau und zwei Kinder.", Language.DE),
        casualties("В Херсоне ранены женщина и двое детей.", Language.RU),
        casualties("У Куп'янську поранення отримали літня жінка та двоє дітей.", Language.UK))) {
      assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(3));
      assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(2));
    }
  }

  @Test
  void aWomanAndAGroupOfMen() {
    assertThat(casualties("Во время обстрела Горловки пострадали женщина и 5 мужчин.", Language.RU).injured())
        .isEqualTo(CasualtyCount.exactly(6));
    assertThat(casualties("У Херсоні поранено жінку та трьох чоловіків.", Language.UK).injured())
        .isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void aPersonWithAVerbOfTheirOwnIsNotOfTheGroup() {
    Casualties c = casualties("В Херсоне погибла женщина и двое детей получили ранения.", Language.RU);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(2));
    Casualties d = casualties("In Cherson wurde ein Mann getötet und zwei weitere verletzt.", Language.DE);
    assertThat(d.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(d.injured()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void aGroupCountedWithThePersonIsNotCountedAgain() {
    assertThat(casualties("In Cherson wurden eine Frau und zwei Kinder verletzt.", Language.DE).injured())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void aPersonToldAmongTheHurtIsOneOfThemNotOneMore() {
    // the fire-fighter of the last paragraph, and the pronoun for him, are one of the nine
    List<IncidentMention> ms = ExtractedSentences.mentions("In Cherson wurden neun Menschen verletzt. Ein Kind und zwei weitere "
        + "Menschen wurden in Beryslaw verletzt.\n\nUnter den Verletzten in Cherson sei auch ein Feuerwehrmann. Er wurde in ein "
        + "Krankenhaus gebracht.", Language.DE);
    assertThat(ExtractedSentences.injured(ms)).isEqualTo(12);
  }
}
