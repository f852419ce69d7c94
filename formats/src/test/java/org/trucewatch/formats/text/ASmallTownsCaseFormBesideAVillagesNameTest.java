package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word that is a village's name and a small town's case form ("Тростянці": the village in
 * Ivano-Frankivsk oblast, and Trostianets in the locative) is the town where the oblast named after
 * it or the text's region says so, the village only when nothing does.
 */
class ASmallTownsCaseFormBesideAVillagesNameTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name() + " " + p.region()).distinct().sorted().toList();
  }

  @Test
  void theOblastNamedAfterTheWordPicksTheTown() {
    // uk-y40
    assertThat(places("У Тростянці Сумської області тривають вуличні бої, ведуться артилерійські обстріли. Загинула жінка."))
        .anyMatch(p -> p.startsWith("Trostyanets") && p.endsWith("UA-59"))
        .noneMatch(p -> p.endsWith("UA-26"));
  }

  @Test
  void theTextsOblastPicksTheTown() {
    // ru-k17: "Чугуєва" is Chuhuiv's genitive and a village's name
    assertThat(places("Ворог обстріляв Харківщину. Внаслідок обстрілу Чугуєва загинули троє людей."))
        .anyMatch(p -> p.startsWith("Chuhuyiv"));
  }
}
