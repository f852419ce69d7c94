package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name the German press writes in the national spelling with German "w" ("Mykolaiw", "Kostiantyniwka"), which neither
 * the national system nor Duden spells whole, is found by its national spelling; so is its oblast ("der Oblast
 * Mykolaiw"). Sentences written for this test.
 */
class AHalfGermanSpellingIsTheNationalOneWithWTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void mykolaiwIsTheCityOfMykolaiv() {
    assertThat(places("In der Nacht wurde der Hafen von Mykolaiw beschossen, zwei Menschen wurden verletzt."))
        .containsExactly("Mykolayiv");
  }

  @Test
  void kostiantyniwkaIsTheTownOfKostiantynivka() {
    assertThat(places("Bei einem Angriff auf Kostiantyniwka wurde ein Mann getötet.")).containsExactly("Kostyantynivka");
  }

  @Test
  void theOblastOfAHalfGermanNameIsARegionNoTown() {
    assertThat(HalfGermanSpelling.region(org.trucewatch.formats.gazetteer.Gazetteer.bundled(), "Mykolaiw")).isPresent();
    assertThat(HalfGermanSpelling.places(org.trucewatch.formats.gazetteer.Gazetteer.bundled(), "Wohnhaus")).isEmpty();
  }
}
