package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * A region or republic named after a city is not the city, in every case and spelling: "des
 * Gebiets Donezk", "der Volksrepublik Luhansk", "Donetsk People\u2019s Republic". Sentences written
 * for this test.
 */
class RegionNotTheCityTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<String> places(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions().stream()
        .flatMap(m -> m.place().stream()).filter(p -> p.population() > 0).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void germanGenitive() {
    assertThat(places("In Kostjantyniwka wurden zwei Menschen durch Beschuss getötet, teilte die Staatsanwaltschaft des Gebiets Donezk mit."))
        .containsExactly("Kostyantynivka");
  }

  @Test
  void germanRepublic() {
    assertThat(places("Bei Beschuss in Horliwka wurde ein Mann getötet, teilten Vertreter der Volksrepublik Donezk mit."))
        .containsExactly("Horlivka");
  }

  @Test
  void typographicApostrophe() {
    assertThat(places("A man was killed by shelling in the city of Horlivka of the Donetsk People\u2019s Republic."))
        .containsExactly("Horlivka");
  }
}
