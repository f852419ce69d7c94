package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day after an abbreviated month ("on Feb. 16", "Sept. 3") is a date, not a count of the dead or wounded told
 * after it, as the day after a month's full name already was. Sentences written for this test.
 */
class ADayAfterAnAbbreviatedMonthIsNoCountTest {
  private static int killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.EN);
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void theDayOfTheShellingIsNoCountOfTheDead() {
    assertThat(killed("Russian shelling on Feb. 16 resulted in the death of a 52-year-old man in Kupiansk.")).isEqualTo(1);
    assertThat(killed("A Russian drone strike on Sept. 3 killed two civilians in Kherson.")).isEqualTo(2);
  }

  @Test
  void aCountAfterAFullMonthThatEndsTheSentenceStillCounts() {
    assertThat(killed("Russian forces shelled Kupiansk in March. 16 people were killed in the town.")).isEqualTo(16);
  }
}
