package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Within one paragraph, a later and smaller count of more than one person at the settlement told
 * before tells some of the same people again (the larger figure stands, not the sum); a count of one
 * may be another person, and a word of more or one sentence's list keeps people apart. Sentences
 * written for this test.
 */
class ASmallerLaterCountAtOnePlaceTellsSomeOfThemAgainTest {
  @Test
  void thoseStillInHospitalAreSomeOfTheInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A Russian missile hit a shopping centre in Poltava on Tuesday, "
        + "injuring 14 people.\nSeven people remain hospitalized in Poltava, the governor said.", Language.EN);
    assertThat(injured(ms)).isEqualTo(14);
  }

  @Test
  void theInjuredToldByWhoTheyAreAreTheFourCountedFirst() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Вранці окупанти атакували Степногірськ дронами, поранені четверо "
        + "цивільних.\nУ Степногірську поранення дістали троє чоловіків, їм надають допомогу.", Language.UK);
    assertThat(injured(ms)).isEqualTo(4);
  }

  @Test
  void aManInjuredLaterInTheSameTownIsAnotherPerson() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Ukrainian forces shelled the centre of Horlivka, killing a woman "
        + "and injuring another. A drone dropped an explosive on a street in Horlivka, injuring a man.", Language.EN);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(2);
  }

  @Test
  void threeMoreInjuredInTheSameTownAddUp() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Днем в Купянске в результате обстрела пострадали пять человек. "
        + "Вечером от обстрела Купянска пострадали еще три человека.", Language.RU);
    assertThat(injured(ms)).isEqualTo(8);
  }

  @Test
  void aBoyHospitalizedAfterTwoInjuredChildrenIsOneOfThem() {
    List<IncidentMention> ms = ExtractedSentences.mentions("After the Russian missile strike on Ochakiv, four people were "
        + "injured, including two children.\nIn Ochakiv, a 9-year-old boy has been hospitalized, the governor said.", Language.EN);
    assertThat(ExtractedSentences.counted(ms).stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(2);
  }
}
