package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A son, daughter, husband or wife named with "and" after a first person is one more person
 * ("погибли мужчина и его сын"), and a mother or father named alone is one person ("Die Mutter ist
 * gestorben"). Sentences written for this test.
 */
class KinArePersonsTest {
  private CasualtyCount killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().killed();
  }

  @Test
  void russian() {
    assertThat(killed("Снаряд попал в дом в Горловке, погибли мужчина и его сын.")).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void ukrainian() {
    assertThat(killed("Ракета влучила в будинок у Дніпрі, загинули жінка та її донька.")).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void germanMotherAlone() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Die russischen Truppen haben ein Haus in Esman beschossen. Die Mutter "
        + "ist gestorben, zwei Familienmitglieder wurden verletzt.", Language.DE);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void englishMotherAlone() {
    assertThat(killed("A missile hit a house in Mykolaiv. The mother was killed.")).isEqualTo(CasualtyCount.exactly(1));
  }
}
