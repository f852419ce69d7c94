package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian texts write a Ukrainian name whose first word is a soft adjective the Russian way
 * (Верхня Криниця : "Верхняя Криница", Нижня Дуванка : "Нижняя Дуванка"), in every case. Sentences
 * written for this test in the wording of Russian-installed officials' posts.
 */
class RussianSoftAdjectiveNamesTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aVillageInTheNominativeAfterItsNoun() {
    assertThat(places("Трагедия случилась в селе Верхняя Криница: при атаке беспилотника погиб местный житель."))
        .containsExactly("Verkhnia Krynytsia");
  }

  @Test
  void andInTheGenitive() {
    assertThat(places("При обстреле Верхней Криницы ранена женщина.")).containsExactly("Verkhnia Krynytsia");
  }
}
