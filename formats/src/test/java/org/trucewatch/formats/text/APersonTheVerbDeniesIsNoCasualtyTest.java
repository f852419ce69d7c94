package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person whose casualty verb is denied right before it is no casualty ("пенсионер не пострадал",
 * "the driver was not injured"), and "another" before a person is one more, as "a" is ("another
 * civilian was injured"). Sentences written for this test.
 */
class APersonTheVerbDeniesIsNoCasualtyTest {
  private static List<IncidentMention> mentions(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  private static int injured(String text, Language language) {
    return mentions(text, language).stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void aPensionerWhoWasNotHurtIsNoInjured() {
    assertThat(injured("После обстрела Макеевки спасатели вывели из дома пожилую женщину, пенсионерка не пострадала.", Language.RU))
        .isZero();
    assertThat(injured("After the shelling of Nikopol the driver of the bus was not injured.", Language.EN)).isZero();
  }

  @Test
  void aPensionerWhoWasHurtIsOneInjured() {
    assertThat(injured("После обстрела Макеевки пенсионерка пострадала.", Language.RU)).isEqualTo(1);
  }

  @Test
  void anotherCivilianAfterADeathIsOneInjured() {
    assertThat(injured("A 61-year-old woman was killed in Nikopol, and another civilian was injured.", Language.EN)).isEqualTo(1);
  }
}
