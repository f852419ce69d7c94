package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A region or republic named after a city is not the city, in every case and spelling: "des
 * Gebiets Donezk", "der Volksrepublik Luhansk", "Donetsk People\u2019s Republic". Sentences written
 * for this test.
 */
class RegionNotTheCityTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
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
