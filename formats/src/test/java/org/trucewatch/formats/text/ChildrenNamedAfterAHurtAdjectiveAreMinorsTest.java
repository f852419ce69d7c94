package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A number, a killed or injured adjective and a noun of children are as many minors as hurt, in every
 * language: "zwei verletzte Kinder", "two injured children", "двоє поранених дітей". Sentences written
 * for this test.
 */
class ChildrenNamedAfterAHurtAdjectiveAreMinorsTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void injuredChildrenInFourLanguages() {
    for (Casualties c : List.of(
        casualties("Nach Angaben des Gouverneurs liegen zwei beim Angriff verletzte Kinder in einer Klinik in Sumy.", Language.DE),
        casualties("In Sumy two injured children are in hospital, the governor said.", Language.EN),
        casualties("У Сумах у лікарні перебувають двоє поранених дітей.", Language.UK),
        casualties("В Сумах в больнице находятся двое раненых детей.", Language.RU))) {
      assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(2));
      assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(2));
    }
  }

  @Test
  void killedChildren() {
    Casualties c = casualties("In Sumy wurden drei getötete Kinder aus den Trümmern geborgen.", Language.DE);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void minorInjuriesAreNoChildren() {
    assertThat(casualties("Two people suffered minor injuries in Sumy.", Language.EN).minors()).isEqualTo(CasualtyCount.UNKNOWN);
  }
}
