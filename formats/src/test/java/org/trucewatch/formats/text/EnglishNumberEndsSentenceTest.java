package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * English writes no ordinals with a full stop, so a full stop after a number ends the sentence
 * ("injured 15. Five more ..."); German "am 2. August" does not.
 */
class EnglishNumberEndsSentenceTest {
  private List<IncidentMention> extract(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  @Test
  void theFigureAtTheEndOfASentenceStaysWithItsPlace() {
    List<IncidentMention> ms = extract("In Kharkiv city, a Russian strike killed four people and injured 15. Five more people "
        + "were killed in Balakliia.", Language.EN);
    assertThat(ms).anySatisfy(m -> {
      assertThat(m.place().get().name()).isEqualTo("Kharkiv");
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(15));
    });
    assertThat(ms).anySatisfy(m -> {
      assertThat(m.place().get().name()).isEqualTo("Balakliya");
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
    });
  }

  @Test
  void aGermanOrdinalDateIsNoSentenceEnd() {
    List<IncidentMention> ms = extract("Am 2. August wurden in Cherson drei Menschen durch Beschuss verletzt.", Language.DE);
    assertThat(ms).singleElement().satisfies(m ->
        assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(3)));
  }
}
