package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person who opens the sentence after a figure ("Der 49-jährige Hausbesitzer ist gestorben. Seine
 * Frau ist verletzt worden.", "Погибли двое мужчин. Женщина ранена.") is no one that figure counted,
 * however near its last word: the sentence between them ends it. Sentences written for this test.
 */
class PersonOpeningTheNextSentenceTest {
  private static void killedAndInjured(String text, Language language, int killed, int injured) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(killed));
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(injured));
  }

  @Test
  void theOwnerDiedHisWifeWasInjuredIsOneAndOne() {
    killedAndInjured("Eine russische Fliegerbombe zerstörte ein Privathaus im Dorf Omelnyk. Der 49-jährige Hausbesitzer ist "
        + "gestorben. Seine Frau ist verletzt worden.", Language.DE, 1, 1);
  }

  @Test
  void twoMenDiedAWomanWasInjuredIsTwoAndOne() {
    killedAndInjured("Авиабомба разрушила дом в Омельнике. Погибли двое мужчин. Женщина ранена.", Language.RU, 2, 1);
    killedAndInjured("Авіабомба зруйнувала будинок в Омельнику. Загинули двоє чоловіків. Жінку поранено.", Language.UK, 2, 1);
    killedAndInjured("Russian shelling hit a house in Omelnyk. Two men died. A woman was injured.", Language.EN, 2, 1);
  }
}
