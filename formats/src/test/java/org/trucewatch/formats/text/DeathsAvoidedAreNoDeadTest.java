package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * "удалось избежать гибели граждан", "вдалося уникнути жертв": deaths said to have been avoided are
 * none, known; avoiding them as an aim ("чтобы избежать жертв") says nothing. Sentences written for this
 * test.
 */
class DeathsAvoidedAreNoDeadTest {
  private static OptionalInt killed(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().filter(m -> !m.claim().casualties().killed().equals(org.trucewatch.core.observation.CasualtyCount.UNKNOWN))
        .mapToInt(m -> m.claim().casualties().killed().min()).reduce(Integer::sum);
  }

  @Test
  void deathsAvoidedThanksToTheQuickResponseAreZeroKilled() {
    assertThat(killed("Ночью дроны атаковали Фастов. Благодаря своевременному реагированию удалось избежать гибели "
        + "граждан.", Language.RU)).hasValue(0);
    assertThat(killed("Вночі дрони атакували Фастів. Завдяки швидкій реакції вдалося уникнути жертв.", Language.UK))
        .hasValue(0);
  }

  @Test
  void avoidingDeathsAsAnAimSaysNothing() {
    assertThat(killed("Ночью дроны атаковали Фастов. Людей эвакуировали, чтобы избежать жертв.", Language.RU)).isEmpty();
  }
}
