package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** "im Bezirk Kupjansk", "im Rajon Pokrowsk": the raion named after the town, not the town. */
class RaionIsNoTownTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @Test
  void bezirkBeforeTheName() {
    assertThat(extractor.extract(new ReportText("Gouverneur Synjehubow berichtete, fünf Todesopfer habe es durch russischen "
        + "Beschuss im Bezirk Kupjansk gegeben.", Optional.of(Language.DE), Instant.parse("2025-10-15T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions())
        .noneMatch(m -> m.place().isPresent() && m.place().get().name().equals("Kupyansk"));
  }
}
