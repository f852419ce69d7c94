package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of a city's districts after a district noun and a colon ("несколько районов города:
 * Киевский, Кировский и Петровский") names no villages of those adjectives; a district GeoNames knows
 * as a section of the city stands there.
 */
class CityDistrictsAfterAColonTest {
  private static List<Token> tokens(String text) {
    return Token.of(text, 0, text.length());
  }

  private static int index(List<Token> tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word);
  }

  @Test
  void everyAdjectiveOfTheListIsADistrict() {
    List<Token> t = tokens("Обстрел затронул несколько районов столицы республики: Ворошиловский, Кировский и Петровский.");
    assertThat(CityDistrict.listedAfterColon(t, index(t, "Кировский"))).isTrue();
    assertThat(CityDistrict.listedAfterColon(t, index(t, "Петровский"))).isTrue();
  }

  @Test
  void villagesListedAfterAColonWithoutADistrictNounStay() {
    List<Token> t = tokens("Під обстрілом були населені пункти: Петрівське, Кировський і Зарічне.");
    assertThat(CityDistrict.listedAfterColon(t, index(t, "Кировський"))).isFalse();
  }

  @Test
  void noVillageOfADistrictsNameIsTaken() {
    List<String> places = ExtractedSentences.mentions("Обстрел затронул несколько районов столицы республики: Кировский и "
        + "Петровский. Ранены восемь мирных жителей.", Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.canonical()).toList();
    assertThat(places).doesNotContain("Кировский", "Петровский");
  }
}
