package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Villages named by an adjective and a noun, written in Russian, found by the gazetteer's own
 * lookups: the Russian adjective with the noun's Russian spelling, in any case, and the adjective
 * in another gender or number ("Великая Знаменка", "в Великой Знаменке", "в селе Верхние Криницы").
 */
class RussianAdjectiveNamesTest {
  private static final Gazetteer G = Gazetteer.bundled();

  private static List<String> named(List<Place> places) {
    return places.stream().map(p -> p.canonical().replace('\u2019', '\'') + " " + p.region()).toList();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      // the noun's Russian spelling is GeoNames' name of the town Знам'янка, not a letter rule's
      "Великая Знаменка|Велика Знам'янка UA-23",
      "Новая Маячка|Нова Маячка UA-65",
      // GeoNames gives this one no Russian name
      "Белая Криница|Біла Криниця UA-18"})
  void theNominativeIsAName(String russian, String place) {
    assertThat(named(G.byName(russian))).contains(place);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "Великой Знаменке|Велика Знам'янка UA-23",
      "Новой Маячке|Нова Маячка UA-65",
      "Белой Кринице|Біла Криниця UA-18",
      // the name's plural: "Трагедия случилась в селе Верхние Криницы"
      "Верхние Криницы|Верхня Криниця UA-23"})
  void everyCaseFindsTheVillage(String words, String place) {
    assertThat(named(G.byInflectedWords(List.of(words.split(" "))))).contains(place);
  }

  @Test
  void theNounAloneIsStillTheTown() {
    assertThat(named(G.byName("Знаменка")).get(0)).isEqualTo("Знам'янка UA-35");
  }

  @Test
  void aCompoundRaionIsNoRaionOfItsFirstPart() {
    // "в Каменско-Днепровском муниципальном округе" (Zaporizhzhia) is not Кам'янський район (Dnipropetrovsk)
    assertThat(G.raionsByWord("Каменско-Днепровском")).isEmpty();
    assertThat(G.raionsByWord("Каменском")).extracting(Raion::region).contains("UA-12");
  }
}
