package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Ages told apart from the count of people, as a range after an age word ("aged between 34 and
 * 79", "im Alter von 35 bis 81 Jahren", "віком від 45 до 80 років") or in months ("ein zwei Monate
 * altes Baby"), are no figure: the count is the number before them.
 */
class AgesAreNoCountTest {
  private List<IncidentMention> extract(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  private static CasualtyCount injured(List<IncidentMention> ms) {
    CasualtyCount c = CasualtyCount.UNKNOWN;
    for (IncidentMention m : ms) {
      if (m.claim().scope() != CasualtyScope.PART) {
        c = c.combine(m.claim().casualties().injured());
      }
    }
    return c;
  }

  @Test
  void anAgeRangeAfterAgedIsNoSecondFigure() {
    assertThat(injured(extract("Russian shelling of Kupiansk injured five people aged between 34 and 79, the governor said.",
        Language.EN))).isEqualTo(CasualtyCount.exactly(5));
    assertThat(injured(extract("Four residents aged 40 to 72 were wounded when a drone hit a bus stop in Nikopol.",
        Language.EN))).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void germanImAlterVonBisIsAnAgeRange() {
    assertThat(injured(extract("Bei einem Drohnenangriff auf Nikopol wurden drei Frauen im Alter von 35 bis 81 Jahren verletzt.",
        Language.DE))).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void ukrainianAndRussianAgeRangesAreAgesToo() {
    assertThat(injured(extract("Унаслідок обстрілу Нікополя поранено трьох людей віком від 45 до 80 років.", Language.UK)))
        .isEqualTo(CasualtyCount.exactly(3));
    assertThat(injured(extract("В результате обстрела Горловки ранены четыре человека в возрасте от 30 до 75 лет.",
        Language.RU))).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void anAgeInMonthsIsNoCountOfChildren() {
    List<IncidentMention> ms = extract("Bei dem Beschuss von Cherson wurde ein zwei Monate altes Baby verletzt.", Language.DE);
    assertThat(ms).allSatisfy(m -> {
      assertThat(m.claim().casualties().minors().min()).isLessThan(2);
      assertThat(m.claim().casualties().injured().min()).isLessThan(2);
    });
  }
}
