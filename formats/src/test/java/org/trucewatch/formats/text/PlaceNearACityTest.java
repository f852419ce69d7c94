package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town said to lie near a city ("недалеко от Северодонецка", "що неподалік Запоріжжя", "not far
 * from Kramatorsk") is the place of the event; the city only says where the town is. Sentences
 * written for this test in the wording of agency and regional reports.
 */
class PlaceNearACityTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theResidentsOfATownNearACityWereHurtInTheTown() {
    assertThat(places("Три жителя Рубежного недалеко от Северодонецка получили ранения при обстреле.", Language.RU))
        .containsExactly("Rubizhne");
  }

  @Test
  void aRelativeClauseSaysWhereTheVillageLies() {
    assertThat(places("У Степногірську, що неподалік Запоріжжя, через артобстріл загинув чоловік.", Language.UK))
        .containsExactly("Stepnohirsk");
  }

  @Test
  void englishSaysItWithThreeWords() {
    assertThat(places("A woman was injured in Druzhkivka, not far from Kramatorsk, when a shell hit her house.", Language.EN))
        .containsExactly("Druzhkivka");
  }

  @Test
  void aCityAloneAfterTheWordsIsStillTheEventsPlace() {
    // nothing stands before "недалеко от" to be located: the shelling was near the city
    assertThat(places("Обстрел недалеко от Горловки: ранены два человека.", Language.RU)).containsExactly("Horlivka");
  }
}
