package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * An injury named as the cause of a death ("died of his injuries", "ihren Verletzungen erlegen",
 * "помер від отриманих поранень"), or injuries called fatal ("не сумісні з життям"), is a death,
 * not an injured person besides.
 */
class InjuryAsCauseOfDeathTest {
  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void diedOfHisInjuries() {
    Casualties c = only("A Russian drone hit a car in Kherson. A 45-year-old man died of his injuries in hospital.", Language.EN);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void succumbedToHerWounds() {
    Casualties c = only("Russian shelling hit Nikopol. A woman succumbed to her wounds on the way to hospital.", Language.EN);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void germanErlegenAndGestorben() {
    Casualties c = only("In Nikopol ist eine 70 Jahre alte Frau ihren Verletzungen erlegen.", Language.DE);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
    c = only("Nach dem Beschuss von Cherson ist ein Mann im Krankenhaus an seinen Verletzungen gestorben.", Language.DE);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void ukrainianAndRussian() {
    Casualties c = only("Під час обстрілу Нікополя чоловік помер від отриманих поранень.", Language.UK);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
    c = only("При обстреле Горловки мужчина скончался от полученных ранений.", Language.RU);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void injuriesIncompatibleWithLifeAreTheDeathToldBefore() {
    Casualties c = only("Унаслідок авіаудару по Костянтинівці загинула одна людина. Людина отримала тілесні ушкодження, "
        + "не сумісні з життям.", Language.UK);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
    c = only("При обстреле Горловки погиб мужчина. Мужчина получил травмы, несовместимые с жизнью.", Language.RU);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
    c = only("Bei dem Angriff auf Cherson wurde ein Mann getötet. Ein Mann erlitt mit dem Leben nicht vereinbare "
        + "Verletzungen.", Language.DE);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void injuriesThatAreNotCalledFatalStayInjuries() {
    Casualties c = only("Унаслідок обстрілу Костянтинівки чоловік отримав тілесні ушкодження, його життю нічого не загрожує.",
        Language.UK);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(1));
  }
}
