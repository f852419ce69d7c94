package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count of the hurt whose figures after it list the dead among them ("16 people were hurt: four were
 * killed ...") counts the injured as the count less the killed; a count that lists no dead, or one whose
 * dead are told apart, stays whole. Sentences written for this test.
 */
class ACountOfTheHurtThatListsTheDeadHoldsThemTest {
  @Test
  void theHurtListedAfterAColonAreTheKilledAndTheRest() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Окупанти обстріляли Костянтинівку з РСЗВ. Від обстрілу постраждали "
        + "16 людей: загинули четверо, решта отримали поранення різного ступеня тяжкості.", Language.UK);
    assertThat(killed(ms)).isEqualTo(4);
    assertThat(injured(ms)).isEqualTo(12);
  }

  @Test
  void theHurtInEnglishListedAfterAColon() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian artillery shelled Kupiansk on Monday. Eleven people were "
        + "hurt: three were killed, and the others were taken to hospital.", Language.EN);
    assertThat(killed(ms)).isEqualTo(3);
    assertThat(injured(ms)).isEqualTo(8);
  }

  @Test
  void aCountThatIsItselfAnItemOfAListStaysWhole() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Росіяни атакували Нікополь дронами. Наслідки атаки: поранені 5 людей, "
        + "загинули двоє.", Language.UK);
    assertThat(injured(ms)).isEqualTo(5);
  }

  @Test
  void aCountWithoutListedDeadStaysWhole() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russische Drohnen griffen Cherson an. Sieben Menschen wurden "
        + "verletzt. In Beryslaw wurden zwei Menschen getötet.", Language.DE);
    assertThat(injured(ms)).isEqualTo(7);
  }
}
