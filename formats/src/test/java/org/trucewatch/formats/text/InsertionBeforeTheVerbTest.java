package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person in the singular reaches the casualty verb across a participle or relative clause set
 * off by commas ("мужчина, который вел машину, получил ранение"). Sentences written for this test.
 */
class InsertionBeforeTheVerbTest {
  private CasualtyCount injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void russianParticiple() {
    assertThat(injured("Дрон атаковал автобус в Никополе. 52-летний водитель, ехавший на работу, получил ранение."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void ukrainianRelativeClause() {
    assertThat(injured("Дрон атакував автобус у Нікополі. Чоловік, який їхав на роботу, отримав поранення."))
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
