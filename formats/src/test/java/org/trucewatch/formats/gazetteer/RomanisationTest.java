package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.gazetteer.CyrillicLanguage.RUSSIAN;
import static org.trucewatch.formats.gazetteer.CyrillicLanguage.UKRAINIAN;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanisationTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      // the national system's own examples (resolution 55 of 2010) and official names
      "Харків, UKRAINIAN_NATIONAL_2010, Kharkiv",
      "Золочів, UKRAINIAN_NATIONAL_2010, Zolochiv",
      "Запоріжжя, UKRAINIAN_NATIONAL_2010, Zaporizhzhia",
      "Згурівка, UKRAINIAN_NATIONAL_2010, Zghurivka",
      "Юрій, UKRAINIAN_NATIONAL_2010, Yurii",
      "Миколаїв, UKRAINIAN_NATIONAL_2010, Mykolaiv",
      "Їжакевич, UKRAINIAN_NATIONAL_2010, Yizhakevych",
      "Щербухи, UKRAINIAN_NATIONAL_2010, Shcherbukhy",
      "Короп'є, UKRAINIAN_NATIONAL_2010, Koropie",
      "Яготин, UKRAINIAN_NATIONAL_2010, Yahotyn",
      // German press transcription
      "Харків, GERMAN_DUDEN, Charkiw",
      "Золочів, GERMAN_DUDEN, Solotschiw",
      "Запоріжжя, GERMAN_DUDEN, Saporischschja",
      "Миколаїв, GERMAN_DUDEN, Mykolajiw",
      "Покровськ, GERMAN_DUDEN, Pokrowsk",
      "Ізюм, GERMAN_DUDEN, Isjum",
      "Одеса, GERMAN_DUDEN, Odessa",
      "Київ, GERMAN_DUDEN, Kyjiw",
      "Херсон, GERMAN_DUDEN, Cherson",
      // BGN/PCGN 1965, as the English press wrote Ukrainian names through the 2010s
      "Мар'їнка, BGN_PCGN_1965, Maryinka",
      "Костянтинівка, BGN_PCGN_1965, Kostyantynivka",
      "Запоріжжя, BGN_PCGN_1965, Zaporizhzhya",
      // ISO 9
      "Харків, ISO_9, Harkìv",
      "Щорс, ISO_9, Ŝors",
  })
  void ukrainianNames(String cyrillic, Romanisation system, String latin) {
    assertThat(system.romanise(cyrillic, UKRAINIAN)).isEqualTo(latin);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "Харьков, BGN_PCGN, Khar’kov",
      "Запорожье, BGN_PCGN, Zaporozh’ye",
      "Белгород, BGN_PCGN, Belgorod",
      "Ельня, BGN_PCGN, Yel’nya",
      "Харьков, GERMAN_DUDEN, Charkow",
      "Запорожье, GERMAN_DUDEN, Saporoschje",
      "Курск, GERMAN_DUDEN, Kursk",
      "Ёлкино, ISO_9, Ëlkino",
  })
  void russianNames(String cyrillic, Romanisation system, String latin) {
    assertThat(system.romanise(cyrillic, RUSSIAN)).isEqualTo(latin);
  }

  @ParameterizedTest
  @CsvSource({"Khar'kov, kharkov", "KHARKOV, kharkov", "Zoločiv, zolociv", "Ivano-Frankivsk, ivano frankivsk", "Złoczów, zloczow"})
  void keysIgnoreCaseMarksAndApostrophes(String name, String key) {
    assertThat(NameKey.of(name)).isEqualTo(key);
  }
}
