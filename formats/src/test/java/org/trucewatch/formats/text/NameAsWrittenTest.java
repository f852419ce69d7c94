package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Latin name is the place whose current name it spells, before a place that bore it once, and
 * before any place only a folded spelling reaches, whatever region the text names. Sentences
 * written for this test.
 */
class NameAsWrittenTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.EN).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aMissileStrikeOnSlovianskHitSlovianskNotNikopol() {
    assertThat(places("At least three people were killed on Friday by a Russian missile strike on the city of Sloviansk."))
        .containsExactly("Slovyansk");
  }

  @Test
  void theRegionNamedDoesNotBringBackAVillageOnlyFoldingReaches() {
    assertThat(places("In Donetsk region and in Sumy, Russian drones damaged houses; two people were injured in Sumy."))
        .contains("Sumy").doesNotContain("Shumy");
  }
}
