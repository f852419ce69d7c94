package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * A village's name told again in the text is the namesake another mention narrows it to: the lead's
 * "Mykhailivka in the Kherson region" and the quote's "Mykhailivka, Beryslav district" are one
 * village, so the quote's death is the lead's, told again.
 */
class NameToldAgainTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @Test
  void theLeadsVillageIsTheQuotesVillage() {
    List<IncidentMention> ms = extractor.extract(new ReportText("In the village of Mykhailivka in the Kherson region, a "
        + "Russian drone killed a civilian.\n\n\"The occupiers hit a house in the village of Mykhailivka, Beryslav district, "
        + "with a drone. A 58-year-old man was killed,\" the governor said.", Optional.of(Language.EN),
        Instant.parse("2025-10-15T09:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms.stream().filter(m -> m.place().isPresent()).map(m -> m.place().get().geonameId()).distinct()).hasSize(1);
    assertThat(ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART)
        .mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(1);
  }
}
