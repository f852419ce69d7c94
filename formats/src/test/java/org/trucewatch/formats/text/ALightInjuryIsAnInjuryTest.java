package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A light injury or bodily harm is an injury ("мешканка, яка отримала легке ушкодження", "тілесні
 * ушкодження"); a damaged house is not. Sentences written for this test.
 */
class ALightInjuryIsAnInjuryTest {
  private static int injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.UK);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void aSecondResidentWithALightInjury() {
    assertThat(injured("Дрон влучив у подвір'я в Семенівці. «Осколкового поранення зазнав 51-річний місцевий мешканець. Ще одна "
        + "місцева мешканка, яка отримала легке ушкодження, не потребувала допомоги», - зазначив Чаус.")).isEqualTo(2);
  }

  @Test
  void bodilyHarm() {
    assertThat(injured("Росіяни обстріляли Нікополь. Жінка 60 років отримала тілесні ушкодження.")).isEqualTo(1);
  }

  @Test
  void aDamagedHouseIsNoInjury() {
    assertThat(injured("Росіяни обстріляли Нікополь. Будинок зазнав ушкоджень.")).isZero();
  }
}
