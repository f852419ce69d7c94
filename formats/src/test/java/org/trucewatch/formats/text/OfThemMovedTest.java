package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "Three people were hurt, one of them died": the one is killed, the other two are the injured.
 * Sentences written for this test.
 */
class OfThemMovedTest {
  private IncidentMention only(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  private static void killedAndInjured(IncidentMention m, int killed, int injured) {
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(killed));
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(injured));
  }

  @Test
  void russian() {
    killedAndInjured(only("При обстреле Энергодара пострадали три человека, один из них погиб."), 1, 2);
  }

  @Test
  void ukrainian() {
    killedAndInjured(only("Під час обстрілу Нікополя постраждали четверо людей, двоє з них загинули."), 2, 2);
  }

  @Test
  void english() {
    killedAndInjured(only("Shelling of Nikopol wounded three people, one of them died."), 1, 2);
  }
}
