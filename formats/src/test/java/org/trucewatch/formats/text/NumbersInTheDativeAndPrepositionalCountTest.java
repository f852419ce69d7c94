package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One to four in the dative, instrumental and prepositional ("об одном погибшем", "трём",
 * "чотирьом") are numbers, as their other cases are. Sentences written for this test.
 */
class NumbersInTheDativeAndPrepositionalCountTest {
  private static int killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.RU);
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void knownOfOneDeadAmongCiviliansIsOneKilled() {
    assertThat(killed("ВСУ нанесли удар по Макеевке. Известно об одном погибшем среди гражданских.")).isEqualTo(1);
  }

  @Test
  void threeInTheDativeIsThree() {
    assertThat(NumberWords.at(List.of(new Token("трём", "трём", 0, 4)), 0)[0].getAsInt()).isEqualTo(3);
    assertThat(NumberWords.at(List.of(new Token("чотирьом", "чотирьом", 0, 8)), 0)[0].getAsInt()).isEqualTo(4);
  }
}
