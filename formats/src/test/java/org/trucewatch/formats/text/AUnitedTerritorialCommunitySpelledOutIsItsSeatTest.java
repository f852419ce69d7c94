package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A community called a united territorial community in full ("об'єднаної територіальної громади", the ОТГ spelled out)
 * is its seat, as with "територіальної громади" alone. Sentences written for this test.
 */
class AUnitedTerritorialCommunitySpelledOutIsItsSeatTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theUkrainianUnitedCommunityIsItsSeat() {
    assertThat(places("Увечері окупанти обстріляли територію Великописарівської об'єднаної територіальної громади, "
        + "поранено жінку.", Language.UK)).containsExactly("Velyka Pysarivka");
  }

  @Test
  void soIsTheRussianOne() {
    assertThat(places("Вечером оккупанты обстреляли территорию Лозовской объединенной территориальной общины, "
        + "ранена женщина.", Language.RU)).containsExactly("Lozova");
  }
}
