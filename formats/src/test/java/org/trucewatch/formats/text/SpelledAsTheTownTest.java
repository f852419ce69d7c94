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
 * A name written exactly as a town's Latin name is that town, even where the text's region holds a
 * village that a looser spelling reaches ("Sumy", not Shumy of Donetsk region). Sentences written
 * for this test.
 */
class SpelledAsTheTownTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<String> places(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions().stream()
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
