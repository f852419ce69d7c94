package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Попал по" (hit) tells of fire at a place as Ukrainian "поцілив" does ("Попал по самому
 * Никополю"); "попал в больницу" (got to hospital) does not. Sentences written for this test.
 */
class HitAtInRussianTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theEnemyHitNikopolItself() {
    assertThat(places("Враг весь день не давал покоя району. Попал по самому Никополю и Марганецкой общине."))
        .containsExactly("Marhanets", "Nikopol");
  }

  @Test
  void gettingToHospitalIsNoHit() {
    assertThat(places("Житель Никополя попал в больницу с отравлением.")).isEmpty();
  }
}
