package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named by their work in the Russian and Ukrainian plural ("пять сотрудников", "троє
 * рятувальників") are a number's people, as "человек" is, and a sailor is a person in every
 * language. Sentences written for this test.
 */
class WorkersAndSailorsAreCountedPeopleTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void fiveEmployeesOfAFuelDepotWhoWereHurtAreFiveInjured() {
    assertThat(injured("Беспилотник ударил по нефтебазе в Луганске. Пострадали пять сотрудников предприятия, их "
        + "госпитализировали.", Language.RU)).isEqualTo(5);
  }

  @Test
  void threeRescuersWoundedAreThreeInjured() {
    assertThat(injured("Росіяни повторно вдарили по Харкову. Поранено трьох рятувальників, які гасили пожежу.", Language.UK))
        .isEqualTo(3);
  }

  @Test
  void aSailorOnWatchWhoWasHurtIsOneInjured() {
    assertThat(injured("Russischer Raketenangriff auf den Hafen von Odessa. Ein wachhabender Matrose sei verletzt worden.",
        Language.DE)).isEqualTo(1);
    assertThat(injured("A Russian missile hit the port of Odesa. A sailor was injured.", Language.EN)).isEqualTo(1);
  }
}
