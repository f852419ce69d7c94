package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "A woman was killed and a man was injured", "Загинула жінка, поранено чоловіка": a person joined by
 * "and" or a comma after a figure of the other category, with a verb of its own, is a figure of its
 * own, not one of those just counted. Sentences written for this test.
 */
class APersonWithAVerbOfItsOwnAfterAFigureIsCountedTest {
  private static int[] killedAndInjured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return new int[] {ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum(),
        ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()};
  }

  @Test
  void aTeenagerKilledAndAPensionerInjuredAreOneAndOne() {
    assertThat(killedAndInjured("The occupiers shelled Huliaipole. A teenager was killed and a pensioner was seriously "
        + "injured.", Language.EN)).containsExactly(1, 1);
    assertThat(killedAndInjured("Росіяни обстріляли Гуляйполе. Загинула жінка, поранено чоловіка.", Language.UK))
        .containsExactly(1, 1);
  }

  @Test
  void twoKilledAManAndAWomanAreStillTwo() {
    assertThat(killedAndInjured("Росіяни обстріляли Гуляйполе. Загинули двоє людей, чоловік і жінка.", Language.UK))
        .containsExactly(2, 0);
  }
}
