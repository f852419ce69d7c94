package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * People counted by their ages listed before a plural noun, the ages joined by commas as well as by
 * "and", and a person joined after the noun counted with them: "пострадали 47-летний, 50-летний,
 * 69-летний мужчины и 65-летняя женщина" is four injured. Sentences written for this test.
 */
class AgesListedBeforeTheirNounTest {
  private static IncidentMention one(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void threeMenByTheirAgesAndAWomanInjured() {
    IncidentMention m = one("Ракета попала в Купянск. В городе пострадали 47-летний, 50-летний, 69-летний мужчины и "
        + "65-летняя женщина.", Language.RU);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void threeMenByTheirAgesAndAWomanKilledInUkrainian() {
    IncidentMention m = one("Ракета влучила в Харків. Загинули 33-річний, 41-річний та 56-річний чоловіки та 70-річна жінка.",
        Language.UK);
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void twoAgesJoinedByAndStayTwo() {
    IncidentMention m = one("Ракета влучила в Харків. Поранені 33-річний та 56-річний чоловіки.", Language.UK);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void listThenOtherPlacesEachWithTheirPerson() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Ракета попала в Купянск. «В г. Купянск пострадали 47-летний, "
        + "50-летний мужчины и 65-летняя женщина; в г. Слобожанское пострадала 70-летняя женщина», – сообщил Синегубов.",
        Language.RU);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(4);
  }
}
