package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A casualty word joined by "or" or "and" to a phrase saying nobody was hurt is denied with it: "there
 * were no casualties or injuries" is zero of every kind, not one injured. Sentences written for this test.
 */
class ASecondCasualtyWordJoinedToNoCasualtiesIsDeniedTooTest {
  @Test
  void noCasualtiesOrInjuriesAfterAPronounIsZeroInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions(
        "Drones struck Izmail overnight. He said that, according to early reports, there were no casualties or injuries.", Language.EN);
    assertThat(ms).isNotEmpty();
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.NONE);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void aCasualtyWordAfterTheZeroInAnotherClauseStillCounts() {
    assertThat(ExtractedSentences.injured(ExtractedSentences.mentions(
        "Drones struck Izmail overnight. There were no casualties in the port, but a man was injured in the town.", Language.EN)))
        .isEqualTo(1);
  }
}
