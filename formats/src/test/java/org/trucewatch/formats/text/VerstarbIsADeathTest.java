package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * German "verstarb", "verstarben", "verstorben" are deaths, as "starb" and "gestorben" are; English "sought medical
 * care" is hurt, as "sought medical help" is ({@link Lexicon}). Sentences written for this test.
 */
class VerstarbIsADeathTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aWomanDiedOnTheSpot() {
    assertThat(casualties("Nach dem Drohnenangriff auf Beryslaw verstarb eine 52-jährige Frau.", Language.DE).killed())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void twoMenDiedInHospital() {
    assertThat(casualties("Nach dem Beschuss von Cherson sind zwei Männer im Krankenhaus verstorben.", Language.DE).killed())
        .isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void aWomanSoughtMedicalCare() {
    assertThat(casualties("After the shelling of Zolochiv a woman sought medical care.", Language.EN).injured())
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
