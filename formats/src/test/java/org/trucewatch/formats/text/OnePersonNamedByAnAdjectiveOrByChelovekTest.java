package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * One person named by an adjective standing as a noun ("цивільна", "гражданский 45 лет") or by
 * Russian "человек" after its verb is one casualty; the adjective before its noun and "человек" after
 * a number are not. Sentences written for this test.
 */
class OnePersonNamedByAnAdjectiveOrByChelovekTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aPersonAfterItsVerb() {
    assertThat(casualties("Ночью в результате удара по Шебекино погиб человек.", Language.RU).killed())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void peopleAfterANumberAreThatNumber() {
    assertThat(casualties("В Белгороде пять человек получили ранения.", Language.RU).injured())
        .isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void aCivilianNamedByTheAdjectiveWithItsAge() {
    assertThat(casualties("При обстреле Васильевки гражданский 45 лет получил осколочные ранения.", Language.RU).injured())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aCivilianWomanNamedByTheAdjectiveBeforeHerVerb() {
    assertThat(casualties("Після обстрілу Херсона цивільна дістала уламкові поранення.", Language.UK).injured())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theAdjectiveBeforeItsNounIsNoPerson() {
    assertThat(casualties("Дрон атакував цивільний автомобіль у Херсоні, поранено водія.", Language.UK).injured())
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
