package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People who turned to medics or were helped by them without a hospital are hurt: "звернулися про
 * допомогу до медичних закладів", "обратились за медицинской помощью", "erhielten medizinische Hilfe",
 * "ambulant behandelt". Sentences written for this test.
 */
class TurningToMedicsIsBeingHurtTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void peopleWhoTurnedToHospitalsForHelpAreInjured() {
    assertThat(injured("Після ракетного удару по Умані 14 людей звернулися про допомогу до медичних закладів.", Language.UK))
        .isEqualTo(14);
    assertThat(injured("Після ракетного удару по Умані шестеро людей звернулися за медичною допомогою.", Language.UK))
        .isEqualTo(6);
  }

  @Test
  void peopleWhoTurnedForMedicalHelpAreInjuredInRussian() {
    assertThat(injured("После удара по Сумам двое мужчин обратились за медицинской помощью.", Language.RU)).isEqualTo(2);
  }

  @Test
  void residentsWhoReceivedMedicalHelpAreInjuredInGerman() {
    assertThat(injured("Der Angriff traf Uman am Abend, während drei Bewohner medizinische Hilfe erhielten.", Language.DE)).isEqualTo(3);
    assertThat(injured("Nach dem Angriff auf Uman wurden drei Bewohner ambulant behandelt.", Language.DE)).isEqualTo(3);
  }
}
