package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Телесные повреждения получила 61-летняя женщина": bodily harm is an injury in Russian as in
 * Ukrainian; "загинула цивільна особа": a civilian person is one person. Sentences written for this
 * test.
 */
class BodilyHarmAndACivilianPersonAreInjuryAndPersonTest {
  @Test
  void aWomanWhoSufferedBodilyHarmIsOneInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Оккупанты обстреляли Очаков из минометов. Телесные повреждения "
        + "получила 61-летняя женщина.", Language.RU);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(1);
  }

  @Test
  void aCivilianPersonKilledIsOneKilled() {
    List<IncidentMention> ms = ExtractedSentences.mentions("У Кураховому внаслідок артилерійського удару загинула цивільна "
        + "особа.", Language.UK);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(1);
  }
}
