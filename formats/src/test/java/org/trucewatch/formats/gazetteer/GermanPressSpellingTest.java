package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The German press writes Duden's letters without two of Duden's rules: one s between vowels
 * (Tscherkasy, not Tscherkassy) and no й after a final и or ы (Chmelnizki for Хмельницкий, Krywy Rih).
 */
class GermanPressSpellingTest {
  private final Gazetteer gazetteer = Gazetteer.bundled();

  @Test
  void writesOneSBetweenVowels() {
    assertThat(Romanisation.GERMAN_PRESS.romanise("Черкаси", CyrillicLanguage.UKRAINIAN)).isEqualTo("Tscherkasy");
    assertThat(Romanisation.GERMAN_DUDEN.romanise("Черкаси", CyrillicLanguage.UKRAINIAN)).isEqualTo("Tscherkassy");
  }

  @Test
  void dropsTheJOfAFinalAdjectiveEnding() {
    assertThat(Romanisation.GERMAN_PRESS.romanise("Хмельницкий", CyrillicLanguage.RUSSIAN)).isEqualTo("Chmelnizki");
    assertThat(Romanisation.GERMAN_PRESS.romanise("Кривий Ріг", CyrillicLanguage.UKRAINIAN)).isEqualTo("Krywy Rih");
    // inside a word the й stays: Гайове is Hajowe
    assertThat(Romanisation.GERMAN_PRESS.romanise("Гайове", CyrillicLanguage.UKRAINIAN)).isEqualTo("Hajowe");
  }

  @Test
  void theGermanPressSpellingsFindTheCities() {
    assertThat(gazetteer.byName("Tscherkasy").get(0).cyrillicNames()).contains("Черкаси");
    assertThat(gazetteer.byName("Chmelnizki").get(0).cyrillicNames()).contains("Хмельницький");
    assertThat(gazetteer.byName("Krywy Rih").get(0).cyrillicNames()).contains("Кривий Ріг");
  }

  @Test
  void duplicatesStaySpelledAsBefore() {
    assertThat(Gazetteer.spellings("Харків")).contains("Charkiw");
    assertThat(gazetteer.byName("Tscherkassy").get(0).cyrillicNames()).contains("Черкаси");
  }
}
