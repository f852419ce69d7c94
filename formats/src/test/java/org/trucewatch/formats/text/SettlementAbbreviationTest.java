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
 * "с.", "смт", "г.", "пос." with a full stop introduce a village or town as the whole word does.
 * Sentences written for this test.
 */
class SettlementAbbreviationTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<Place> places(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions().stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void ukrainianVillage() {
    assertThat(places("Ворог скинув КАБ на с. Борівське, поранено жінку."))
        .extracting(Place::name).isNotEmpty().allMatch(n -> n.startsWith("Borivs"));
  }

  @Test
  void russianVillage() {
    assertThat(places("Противник сбросил КАБ на пос. Кушугум, ранена женщина."))
        .extracting(Place::name).containsExactly("Kushuhum");
  }
}
