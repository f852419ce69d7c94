package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** An abbreviation's full stop ("bzw.", "ca.", "approx.") ends no sentence: the number still reaches its word. */
class AbbreviationStopTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.of(language),
        Instant.parse("2025-10-15T09:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
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
