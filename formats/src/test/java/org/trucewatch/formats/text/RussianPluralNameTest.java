package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/** A village with a plural name is found in its Russian spelling with -ы ("в селе Гуты" is Гути). Sentence written for this test. */
class RussianPluralNameTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @Test
  void pluralNameWithY() {
    assertThat(extractor.extract(new ReportText("В результате обстрела в селе Гуты погибла женщина.", Optional.empty(),
        Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions().stream()
        .flatMap(m -> m.place().stream()).toList()).extracting(Place::name).containsExactly("Huty");
  }
}
