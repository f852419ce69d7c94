package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/** An abbreviation's full stop ("bzw.", "ca.", "approx.") ends no sentence: the number still reaches its word. */
class AbbreviationStopTest {
  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void bzwBetweenTheNounsOfTheCount() {
    assertThat(only("In Kurachowe wurden drei Zivilisten bzw. Zivilistinnen durch Beschuss getötet.", Language.DE).killed())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void caAndApproxAreAbout() {
    assertThat(only("Bei russischen Angriffen auf Nikopol wurden ca. 20 Menschen verletzt.", Language.DE).injured())
        .isEqualTo(new CasualtyCount(18, java.util.OptionalInt.of(22)));
    assertThat(only("Russian shelling of Kherson injured approx. 12 people, said Dr. Lysenko of the city hospital.",
        Language.EN).injured().min()).isLessThan(12);
  }
}
