package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A number of hours or days says how long, not how many: no figure. Sentences written for this test. */
class HoursOfRescueWorkAreNoCountTest {
  private static int killed(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void nineteenHoursOfClearingRubbleAndBodiesRecoveredAreNoDead() {
    assertThat(killed("Eine russische Drohne traf ein Hochhaus in Sumy. 19 Stunden räumten Rettungskräfte die Trümmer weg, "
        + "bargen Leichen.", Language.DE)).isZero();
  }

  @Test
  void rescuersWorkingTwelveHoursForTheBodiesAreNoDead() {
    assertThat(killed("Ракета влучила в будинок у Дніпрі. 12 годин рятувальники діставали тіла з-під завалів.", Language.UK))
        .isZero();
  }

  @Test
  void theDeadToldAfterTheHoursStillCount() {
    assertThat(killed("Ракета влучила в будинок у Дніпрі. За 12 годин рятувальники дістали з-під завалів тіла трьох людей.",
        Language.UK)).isEqualTo(3);
  }
}
