package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Persons listed after a figure of people say who they are, and the figure reaches its verb past
 * them: "Drei Menschen, ein Mann, eine Frau und ein Kind kamen ums Leben" is three killed, one a
 * child; the list with ages between dashes stays as it was read ("Еще два человека – мужчина 80 лет
 * и женщина 46 лет – получили ранения"). Sentences written for this test.
 */
class PersonsListedAfterTheirNumberTest {
  private static IncidentMention one(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void threePeopleAManAWomanAndAChildKilled() {
    IncidentMention de = one("Eine Rakete traf Mykolajiw. Drei Menschen, ein Mann, eine Frau und ein Kind kamen ums Leben, mindestens "
        + "fünf weitere Personen wurden verletzt.", Language.DE);
    assertThat(de.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(de.claim().casualties().injured().min()).isEqualTo(5);
    assertThat(de.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(one("A missile hit Mykolaiv. Three people, a man, a woman and a child, were killed.", Language.EN)
        .claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(one("A missile hit Mykolaiv. Three people - a man, a woman and a child - were killed.", Language.EN)
        .claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void twoMoreWithTheirAgesBetweenDashesInjured() {
    IncidentMention m = one("Вечером агрессор атаковал Никополь из тяжелой артиллерии. 48-летний мужчина погиб. Еще два человека – "
        + "мужчина 80 лет и женщина 46 лет – получили ранения.", Language.RU);
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
  }
}
