package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons listed with commas and closed by "and" ("а також", "sowie", a serial comma) are one each,
 * and an acute stress reaction is hurt in Ukrainian: "дівчина 18 років, її 26-річний брат, а також
 * 68-річна жінка" are three. Sentences written for this test.
 */
class PersonsListedWithCommasClosedByAndAreEachOneTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void threePersonsWithTheirAgesListedWithCommasAndAndAreThreeInjured() {
    assertThat(injured("Дрони атакували Куп'янськ. 19-річна дівчина, 30-річний чоловік та 72-річна жінка отримали поранення.",
        Language.UK)).isEqualTo(3);
    assertThat(injured("Drones struck Kupiansk overnight. A 19-year-old woman, a 30-year-old man and a 72-year-old woman were injured.",
        Language.EN)).isEqualTo(3);
  }

  @Test
  void aListClosedByAlsoAndCountsEveryPerson() {
    assertThat(injured("Дрони атакували Куп'янськ. Дівчина 19 років, її 30-річний брат, а також 72-річна жінка отримали поранення.",
        Language.UK)).isEqualTo(3);
    assertThat(injured("Drohnen griffen Kupjansk an. Eine 19-jährige Frau, ein 30-jähriger Mann sowie eine 72-jährige Frau wurden verletzt.",
        Language.DE)).isEqualTo(3);
  }

  @Test
  void aPersonAndAnAppositionWithoutAndAreOne() {
    assertThat(injured("Drones struck Kupiansk overnight. A 30-year-old man, a local driver, was injured.", Language.EN)).isEqualTo(1);
  }

  @Test
  void peopleWithAnAcuteStressReactionAreInjured() {
    assertThat(injured("Дрони атакували Куп'янськ. Четверо людей зазнали гострої реакції на стрес.", Language.UK)).isEqualTo(4);
  }
}
