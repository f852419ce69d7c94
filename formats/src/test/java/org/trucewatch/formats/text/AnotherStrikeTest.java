package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A second strike told in its own sentence is another incident: "Another drone attack injured a
 * man" is no total of the first sentence's injured, and the same figure after a strike of other
 * means ("A UAV dropped an explosive ..., injuring a man") is no repetition of the first.
 */
class AnotherStrikeTest {
  private static int injured(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART)
        .mapToInt(m -> m.claim().casualties().injured().equals(CasualtyCount.UNKNOWN) ? 0
        : m.claim().casualties().injured().min()).sum();
  }

  @Test
  void anotherDroneAttackInjuredOneMore() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 4 March 2025, a Russian drone dropped explosives on a "
        + "municipal worker in Kherson, Kherson, injuring the 52-year-old man. Another drone attack injured a "
        + "41-year-old woman in the same neighbourhood.", Language.EN);
    assertThat(injured(ms)).isEqualTo(2);
    assertThat(ms).noneMatch(m -> m.claim().scope() == CasualtyScope.TOTAL);
  }

  @Test
  void anotherStrikeWithTwoInjuredAddsTwo() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 9 April 2025, Russian forces shelled Nikopol, "
        + "Dnipropetrovsk, injuring a man. Another strike injured two women.", Language.EN);
    assertThat(injured(ms)).isEqualTo(3);
  }

  @Test
  void aStrikeOfOtherMeansAtTheSameCityIsNoRepetition() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 21 October 2025, Ukrainian forces fired HIMARS at the "
        + "centre of Donetsk, Donetsk, killing a man and injuring another. A Ukrainian UAV dropped an explosive in "
        + "Kuibyshevskyi district of Donetsk, injuring a woman.", Language.EN);
    assertThat(injured(ms)).isEqualTo(2);
  }

  @Test
  void theSameFigureToldAgainWithoutItsMeansIsOne() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 21 October 2025, a Russian drone struck a car in "
        + "Nikopol, Dnipropetrovsk, injuring a man. The injured man was taken to hospital in Nikopol.", Language.EN);
    assertThat(injured(ms)).isEqualTo(1);
  }
}
