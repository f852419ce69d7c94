package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A wire story's dateline in capitals ("ЛУГАНСК, 3 июн - РИА Новости.") says where the report was
 * filed: no place of the incident. Sentences written for this test.
 */
class CapitalsDatelineTest {
  private List<Place> places(String text) {
    return ExtractedSentences.mentions(text).stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void russianAgencyDateline() {
    assertThat(places("ЛУГАНСК, 3 июн - РИА Новости. Мирный житель ранен при обстреле Первомайска, сообщили власти."))
        .extracting(Place::name).doesNotContain("Luhansk");
  }

  @Test
  void englishAgencyDateline() {
    assertThat(places("KHARKIV, Ukraine (AP) — A drone attack on Chuhuiv injured two people, officials said."))
        .extracting(Place::name).containsExactly("Chuhuyiv");
  }
}
