package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A preposition capitalised at the start of a sentence ("Под обстрел попал ...") is no case form
 * of a village (Поди), even inside a region the text names. Sentences written for this test.
 */
class FunctionWordIsNoPlaceTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<Place> places(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions().stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void aCapitalisedPrepositionIsNoVillage() {
    assertThat(places("Украинские войска обстреляли рынок в Херсонской области. Под обстрел попал и магазин, ранена женщина."))
        .extracting(Place::name).doesNotContain("Pody");
  }
}
