package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "Подтвердили гибель мужчины", "повідомили про смерть жінки", "confirmed the death of a
 * man": one killed where no number counts the dead. Sentences written for this test.
 */
class DeathOfAPersonTest {
  private CasualtyCount killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().killed();
  }

  @Test
  void russian() {
    assertThat(killed("Власти подтвердили гибель мужчины при обстреле Горловки.")).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void ukrainian() {
    assertThat(killed("ОВА повідомила про смерть жінки внаслідок обстрілу Херсона.")).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aNumberOfDeadIsNotOneMore() {
    assertThat(killed("Власти подтвердили гибель трех человек при обстреле Горловки.")).isEqualTo(CasualtyCount.exactly(3));
  }
}
