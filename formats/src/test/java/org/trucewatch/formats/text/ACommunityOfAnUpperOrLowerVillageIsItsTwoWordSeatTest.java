package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A community's Latin adjective that joins "upper" or "lower" to the seat's noun with "o" ("Werchnjosyrowatska",
 * "Verkhniosyrovatska") is seated at the two-word village (Верхня Сироватка), as "Velykopysarivska" is at Velyka
 * Pysarivka.
 */
class ACommunityOfAnUpperOrLowerVillageIsItsTwoWordSeatTest {
  private static List<String> seats(String adjective) {
    return LatinCommunity.seats(Gazetteer.bundled(), adjective, List.of("UA-59")).stream().map(Place::canonical).toList();
  }

  @Test
  void theGermanSpellingIsSeatedAtTheUpperVillage() {
    assertThat(seats("Werchnjosyrowatska")).startsWith("Верхня Сироватка");
  }

  @Test
  void theNationalSpellingIsSeatedThereToo() {
    assertThat(seats("Verkhniosyrovatska")).startsWith("Верхня Сироватка");
  }
}
