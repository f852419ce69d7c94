package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Russian spellings of Ukrainian place names, checked against the Russian names GeoNames and the press use. */
class RussianSpellingTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Шийківка, Шийковка",
      "Малинівка, Малиновка",
      "Андріївка, Андреевка",
      "Стара Збур’ївка, Старая Збурьевка",
      "Мар'їнка, Марьинка",
      "Докучаєвськ, Докучаевск",
      "Черкаська Лозова, Черкасская Лозовая",
      "Ясне, Ясное",
      "Курахове, Курахово",
      "Очеретине, Очеретино",
      "Олександрівка, Александровка",
      "Великі Копані, Великие Копани",
      "Нікополь, Никополь",
      "Марганець, Марганец",
      "Чугуївський район, Чугуевский район",
      "Кривий Ріг, Кривой Рог",
      "Ямпіль, Ямполь",
      // a plural name's -и after a hard consonant is -ы (Суми, once thought spelt alike, is Сумы in Russian)
      "Суми, Сумы",
      "Гути, Гуты",
      "Лимани, Лиманы",
      // Ukrainian и after a hard consonant may be Russian ы: Кізомис is Кизомыс, Рибне is Рыбное
      "Кізомис, Кизомыс",
      "Рибне, Рыбное",
      "Мирне, Мирное",
      // an adjective in -нн- keeps its е where Ukrainian closes the syllable with і; soft adjectives take -яя
      "Кремінна, Кременная",
      "Камінне, Каменное",
      "Кінне, Конное",
      "Благословенна, Благословенная",
      "Верхня Криниця, Верхняя Криница",
      "Нижня Дуванка, Нижняя Дуванка",
      "Криниця, Криница",
      "Стара Збур’ївка, Старая Збурьевка",
      // the adjectives that open village names, in their Russian forms, and -м'ян- : -мен-
      "Велика Знам’янка, Великая Знаменка",
      "Біла Криниця, Белая Криница",
      "Чорна Балка, Черная Балка",
      "Чорний Острів, Черный Остров",
      "Нові Трояни, Новые Трояны",
      "Великі Копані, Великие Копани",
      "Нижнє Селище, Нижнее Селище",
      "Верхній Рогачик, Верхний Рогачик",
      "Нове Поле, Новое Поле",
      "Кам'яна Балка, Каменная Балка",
      "Кам'янка, Каменка",
      "Кам'янське, Каменское",
      "Новокам'янка, Новокаменка",
  })
  void writesTheRussianName(String ukrainian, String russian) {
    assertThat(RussianSpelling.of(ukrainian)).contains(russian);
  }

  @Test
  void givesNothingForANameSpeltAlikeOrAlreadyRussian() {
    assertThat(RussianSpelling.of("Бахмут")).isEmpty();
    assertThat(RussianSpelling.of("Белгород")).isEmpty();
    assertThat(RussianSpelling.of("Счастье")).isEmpty();
  }

  @Test
  void aClosedSyllableBeforeASoftSignTakesOAndNeverI() {
    // Сіль is Соль; "Силь" would be found by "Сили", a case of the word "сила"
    assertThat(RussianSpelling.of("Сіль")).contains("Соль").doesNotContain("Силь");
  }

  @Test
  void aKnownAdjectiveHasOneRussianForm() {
    // not Велыкий, Великой: the bound on a name's choices is left to its noun
    assertThat(RussianSpelling.of("Великий Бурлук")).isEmpty();
    assertThat(RussianSpelling.of("Новий Буг")).containsExactly("Новый Буг");
  }

  @Test
  void aLastWordSpeltElsewhereIsTriedFirst() {
    assertThat(RussianSpelling.of("Велика Новосілка", java.util.List.of("Новоселка")))
        .startsWith("Великая Новоселка").contains("Великая Новосилка");
  }

  @Test
  void boundsTheChoicesOfAManyWordName() {
    assertThat(RussianSpelling.of("Нова Олександрівка Шийківка Малинівка")).hasSizeLessThanOrEqualTo(RussianSpelling.MAX_SPELLINGS);
  }

  @Test
  void aVillageGeoNamesNamesOnlyInUkrainianIsFoundByItsRussianForms() {
    Gazetteer g = Gazetteer.bundled();
    // Шийківка (Kharkiv Oblast, geonameid 694102) has no Russian name in GeoNames
    assertThat(g.byName("Шийковка")).extracting(Place::geonameId).contains(694102L);
    // "в Старой Збурьевке": Стара Збур'ївка, Kherson Oblast (692854), declined word by word
    assertThat(g.byInflectedWords(java.util.List.of("Старой", "Збурьевке"))).extracting(Place::geonameId).contains(692854L);
    assertThat(g.byInflectedWord("Докучаевске")).extracting(Place::region).contains("UA-14");
  }

  @Test
  void writesYeryOnlyForAUkrainianIAfterAHardConsonant() {
    // і is Russian и, never ы; и after к, ш, ц stays и
    assertThat(RussianSpelling.of("Кізомис")).containsExactlyInAnyOrder("Кизомис", "Кизомыс");
    assertThat(RussianSpelling.of("Кишинці")).noneMatch(r -> r.contains("ы"));
    // the possessive suffix -ин- and the prefix Нико- are Russian и
    assertThat(RussianSpelling.of("Очеретине")).noneMatch(r -> r.contains("ы"));
    assertThat(RussianSpelling.of("Миколаївка")).containsExactly("Николаевка");
    // the ы spellings come after the plain ones, so a many-word name's bound keeps those first
    assertThat(RussianSpelling.of("Кривий Ріг")).startsWith("Кривой Рог", "Кривой Рег", "Кривый Рог");
  }

  @Test
  void aVillageIsFoundByItsRussianSpellingWithYery() {
    // "В Кизомысе было попадание": Кізомис, Kherson Oblast (705698)
    assertThat(Gazetteer.bundled().byInflectedWord("Кизомысе")).extracting(Place::geonameId).contains(705698L);
    assertThat(Gazetteer.bundled().byName("Kizomys")).extracting(Place::geonameId).contains(705698L);
  }

  @Test
  void aFormerNameOfACityGivesNoRussianNamesake() {
    // Donetsk was Олександрівка once; "в Александровке" is a village, not the city
    assertThat(Gazetteer.bundled().byInflectedWord("Александровке")).extracting(Place::name).doesNotContain("Donetsk");
  }
}
