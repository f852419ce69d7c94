package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ACLED's oblast in brackets outranks the spelling: "Mykolaiv city (Mykolaiv)" is GeoNames' Mykolayiv, the oblast's
 * centre, not one of the villages of Lviv oblast that GeoNames spells "Mykolaiv" as written. Sentences written for this
 * test in ACLED's wording.
 */
class TheBracketsOblastOverTheSpellingTest {
  private static List<Long> populations(String text) {
    return ExtractedSentences.mentions(text, Language.EN).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.population()).distinct().toList();
  }

  @Test
  void theCityOfTheBracketsOblast() {
    assertThat(populations("On 3 May 2023, Russian forces shelled Mykolaiv city (Mykolaiv) with rockets, damaging a school. "
        + "2 civilians were injured.")).containsExactly(470_011L);
  }

  @Test
  void aTownOfAnotherSpellingInTheOblast() {
    assertThat(populations("On 3 May 2023, Russian forces shelled Balakliia (Izium, Kharkiv) with rockets. 1 civilian was "
        + "injured.")).containsExactly(26_334L);
  }
}
