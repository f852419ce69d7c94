package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "two of our fellow residents, a man and a woman, were killed": an apposition of persons between commas,
 * with no number and no casualty word of its own, does not use up the number's reach to its verb; one
 * with its own verb still ends it. Sentences written for this test.
 */
class AnAppositionOfPersonsDoesNotUseUpTheReachTest {
  private static int killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.EN);
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void twoOfOurFellowResidentsAManAndAWomanWereKilled() {
    assertThat(killed("In the Bucha community, two of our fellow residents, an elderly man and a woman, were killed as a "
        + "result of the drone attack.")).isEqualTo(2);
  }

  @Test
  void twoResidentsWithoutAnAppositionAreStillTwo() {
    assertThat(killed("In the Bucha community, two of our residents were killed as a result of the drone attack.")).isEqualTo(2);
  }
}
