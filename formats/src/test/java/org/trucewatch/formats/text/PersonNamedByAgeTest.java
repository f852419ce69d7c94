package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A noun with an age before it is one person whatever the noun ("a 41-year-old farmer", "der
 * 44-jährige Fahrer eines Lieferwagens", "eine 71-Jährige", "37-річного тракториста", "52-летний
 * электрик"), and persons joined by "and" count one each however long their ages make the phrase.
 */
class PersonNamedByAgeTest {
  private IncidentMention only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void anOccupationAfterAnAgeIsOnePerson() {
    assertThat(only("A Russian drone hit a tractor near Beryslav, injuring a 41-year-old farmer.", Language.EN)
        .claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(only("Im Dorf Tjahynka wurde bei einem Drohnenangriff der 44-jährige Fahrer eines Lieferwagens verletzt.",
        Language.DE).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aGermanAgeNounIsOnePerson() {
    assertThat(only("Bei einem russischen Angriff auf Orichiw ist eine 71-Jährige ums Leben gekommen.", Language.DE)
        .claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void cyrillicSingularAgeAdjectivesNameOnePerson() {
    assertThat(only("Унаслідок удару дрона по Нікополю поранено 37-річного тракториста.", Language.UK)
        .claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(only("В результате обстрела Горловки погиб 52-летний электрик.", Language.RU)
        .claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void twoAgedPersonsJoinedByAndAreTwo() {
    assertThat(only("Russian artillery shelled Nikopol. A 29-year-old electrician and a 63-year-old pensioner were wounded.",
        Language.EN).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void severalPeopleOfOneAgeAreNotOnePerson() {
    // the plural is counted by its number, not as one more person
    assertThat(only("A Russian strike on Kupiansk wounded three 17-year-old students.", Language.EN)
        .claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(3));
  }
}
