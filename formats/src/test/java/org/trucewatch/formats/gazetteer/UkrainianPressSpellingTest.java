package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The English press's mix of the national system with ya, yu, ye inside words ("Chervonyi Mayak",
 * "Krasnopillya") finds its places, as the national and the 1965 systems do.
 */
class UkrainianPressSpellingTest {
  private final Gazetteer gazetteer = Gazetteer.bundled();

  @Test
  void spellsYaYuYeInsideWordsAndTheRestNationally() {
    assertThat(Romanisation.UKRAINIAN_PRESS.romanise("Червоний Маяк", CyrillicLanguage.UKRAINIAN)).isEqualTo("Chervonyi Mayak");
    assertThat(Romanisation.UKRAINIAN_PRESS.romanise("Краснопілля", CyrillicLanguage.UKRAINIAN)).isEqualTo("Krasnopillya");
    assertThat(Romanisation.UKRAINIAN_PRESS.romanise("Запоріжжя", CyrillicLanguage.UKRAINIAN)).isEqualTo("Zaporizhzhya");
  }

  @Test
  void theMixedSpellingFindsTheVillage() {
    assertThat(gazetteer.byName("Chervonyi Mayak")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.cyrillicNames()).contains("Червоний Маяк"));
  }

  @Test
  void russianNamesAreNotSpelledByIt() {
    assertThat(Gazetteer.spellings("Красный Маяк")).doesNotContain("Krasnyi Mayak");
  }
}
