package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name written exactly as a town's Latin name is that town, even where the text's region holds a
 * village that a looser spelling reaches ("Sumy", not Shumy of Donetsk region). Sentences written
 * for this test.
 */
class SpelledAsTheTownTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).filter(p -> p.population() > 0).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theTownWinsOverTheRegionsVillage() {
    assertThat(places("Bei russischen Drohnenangriffen gab es Schäden in der Region Donezk und in Sumy.")).contains("Sumy")
        .doesNotContain("Shumy");
  }

  @Test
  void englishToo() {
    assertThat(places("In Donetsk region and in Sumy, Russian drones damaged houses.")).contains("Sumy").doesNotContain("Shumy");
  }
}
