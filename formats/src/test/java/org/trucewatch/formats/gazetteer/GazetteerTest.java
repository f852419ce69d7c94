package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.bundled();

  @ParameterizedTest
  @ValueSource(strings = {"Харків", "Харьков", "Kharkiv", "Kharkov", "Charkiw", "Charkow", "Harkìv"})
  void kharkivByEverySpelling(String name) {
    assertThat(g.byName(name)).first().extracting(Place::geonameId).isEqualTo(706483L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Запоріжжя", "Saporischschja", "Zaporizhzhia", "Zaporozh'ye", "Saporoschje", "Zaporizhia"})
  void zaporizhzhiaByEverySpelling(String name) {
    assertThat(g.byName(name)).first().extracting(Place::geonameId).isEqualTo(687700L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kiew", "Kiev", "Kyiv", "Kyjiw", "Київ", "Киев", "Kijów"})
  void kyivByRuleAndByExonym(String name) {
    assertThat(g.byName(name)).first().extracting(Place::geonameId).isEqualTo(703448L);
  }

  @Test
  void solotschiwFindsBothZolochivsThoughGeoNamesListsItOnlyForTheLvivOne() {
    assertThat(g.byName("Solotschiw")).extracting(Place::geonameId).containsExactlyInAnyOrder(686895L, 686896L);
    assertThat(g.byName("Zolochiv")).extracting(Place::region).contains("UA-63", "UA-46");
  }

  @Test
  void regionContextPicksTheKharkivRegionZolochiv() {
    Place p = Gazetteer.resolve(g.byName("Solotschiw"), List.of("UA-63")).orElseThrow();
    assertThat(p.geonameId()).isEqualTo(686895L);
    assertThat(p.lat()).isCloseTo(50.28, org.assertj.core.data.Offset.offset(0.01));
    assertThat(p.lon()).isCloseTo(35.98, org.assertj.core.data.Offset.offset(0.01));
    // without context, the larger one (near Lviv) is the likelier
    assertThat(Gazetteer.resolve(g.byName("Solotschiw"), List.of()).orElseThrow().region()).isEqualTo("UA-46");
  }

  @Test
  void canonicalNameIsUkrainianInUkraineAndRussianInRussia() {
    assertThat(g.byName("Kharkiv").get(0).canonical()).isEqualTo("Харків");
    assertThat(g.byName("Kursk").get(0).canonical()).isEqualTo("Курск");
    assertThat(g.byName("Kursk").get(0).region()).isEqualTo("RU-KRS");
    // not Сталіне, its old name, though that is Ukrainian too
    assertThat(g.byName("Donetsk").get(0).canonical()).isEqualTo("Донецьк");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Харкові", "Харкова", "Харькове", "Харьковом"})
  void inflectedCyrillicFindsKharkiv(String word) {
    assertThat(g.byInflectedWord(word)).first().extracting(Place::geonameId).isEqualTo(706483L);
  }

  @Test
  void inflectedFormsOfOtherCities() {
    assertThat(g.byInflectedWord("Золочеві")).extracting(Place::geonameId).contains(686895L);
    assertThat(g.byInflectedWord("Києві").get(0).name()).isEqualTo("Kyiv");
    assertThat(g.byInflectedWord("Запоріжжі").get(0).geonameId()).isEqualTo(687700L);
    assertThat(g.byInflectedWord("Одесі").get(0).name()).isEqualTo("Odesa");
  }

  @Test
  void regionsByBaseNameAndByCyrillicWord() {
    assertThat(g.regionByBaseName("Charkiw").orElseThrow().iso()).isEqualTo("UA-63");
    assertThat(g.regionByBaseName("Kharkov").orElseThrow().iso()).isEqualTo("UA-63");
    assertThat(g.regionByWord("Харківській").orElseThrow().iso()).isEqualTo("UA-63");
    assertThat(g.regionByWord("Харківщині").orElseThrow().iso()).isEqualTo("UA-63");
    assertThat(g.regionByWord("Харьковской").orElseThrow().iso()).isEqualTo("UA-63");
    assertThat(g.regionByWord("Запорізькій").orElseThrow().iso()).isEqualTo("UA-23");
  }

  @Test
  void regionExtentCoversItsPlaces() {
    Region kharkiv = g.region("UA-63").orElseThrow();
    Coordinate centre = new Coordinate(kharkiv.lon(), kharkiv.lat());
    assertThat(kharkiv.radiusMetres()).isBetween(100_000.0, 250_000.0);
    for (Place p : g.places()) {
      if (p.region().equals("UA-63")) {
        assertThat(Geodesy.distanceMetres(centre, new Coordinate(p.lon(), p.lat()))).isLessThan(kharkiv.radiusMetres());
      }
    }
    assertThat(g.regions()).hasSize(32);
  }

  @Test
  void frontLineVillagesAreFoundByEverySpelling() {
    // villages of a few hundred people that cities1000 does not hold
    assertThat(g.byName("Prychepylivka")).extracting(Place::geonameId).containsExactly(811587L);
    assertThat(g.byName("Причепилівка")).extracting(Place::geonameId).containsExactly(811587L);
    assertThat(g.byName("Mala Rohan")).extracting(Place::geonameId).contains(8669030L);
    assertThat(g.byName("Мала Рогань")).extracting(Place::geonameId).contains(8669030L);
    assertThat(g.byName("Robotyne")).extracting(Place::region).contains("UA-23");
    assertThat(g.byName("Krynky")).extracting(Place::region).contains("UA-65");
  }

  @Test
  void historicalAndAbandonedPlacesAreDropped() {
    // Zvizdal (PPLQ, abandoned after Chornobyl) and Zmahailivka (PPLH)
    assertThat(g.places()).extracting(Place::geonameId).doesNotContain(686788L, 686925L);
    assertThat(g.places()).extracting(Place::feature).doesNotContain("PPLH", "PPLQ");
  }

  @Test
  void namesakesAreAllKeptWithTheirRegions() {
    // nine villages called Pivdenne in five regions; ACLED's "Pivdenne, Donetsk" is the one in UA-14
    assertThat(g.byName("Pivdenne")).hasSizeGreaterThanOrEqualTo(9);
    Place donetsk = Gazetteer.resolve(g.byName("Pivdenne"), List.of("UA-14")).orElseThrow();
    assertThat(donetsk.geonameId()).isEqualTo(703224L);
  }

  @Test
  void borderRegionsOfRussiaKeepTheirTowns() {
    assertThat(g.byName("Sudzha")).extracting(Place::region).contains("RU-KRS");
    assertThat(g.byName("Shebekino")).extracting(Place::region).contains("RU-BEL");
  }

  @Test
  void canonicalNameOfACityWhosePrimaryNameNoSystemSpellsIsStillItsOwn() {
    // GeoNames writes Zaporizhzhya; its Cyrillic names include the old Олександрівськ
    assertThat(g.byName("Zaporizhzhia").get(0).canonical()).isEqualTo("Запоріжжя");
  }

  @Test
  void raionsAreFoundByTheirAdjectiveAndHoldTheirPlaces() {
    Place malaRohan = g.byName("Mala Rohan").get(0);
    Raion kharkivRaion = g.raionOf(malaRohan).orElseThrow();
    assertThat(kharkivRaion.cyrillicNames()).contains("Харківський район");
    assertThat(g.raionsByWord("Харківському")).contains(kharkivRaion);
  }

  @Test
  void noRomanisationOfAnyNameHasACyrillicLetter() {
    // byName confirms a Cyrillic key by the Cyrillic names alone (hasKey): so no spelling may keep one
    for (Place p : g.places()) {
      for (String c : p.cyrillicNames()) {
        for (String s : Gazetteer.spellings(c)) {
          assertThat(hasCyrillic(NameKey.of(s))).as("%s: %s", c, s).isFalse();
        }
      }
      for (String r : g.namesOf(p)) {
        for (Romanisation system : List.of(Romanisation.BGN_PCGN, Romanisation.GERMAN_DUDEN, Romanisation.GERMAN_PRESS)) {
          String s = system.romanise(r, CyrillicLanguage.RUSSIAN);
          assertThat(hasCyrillic(NameKey.of(s))).as("%s: %s", r, s).isFalse();
        }
      }
    }
  }

  @Test
  void aCyrillicNameIsFoundAsWrittenAndByItsRussianSpelling() {
    // Стара Збур’ївка: GeoNames gives only its Ukrainian name, the Russian one is generated
    assertThat(g.byName("Стара Збур’ївка")).extracting(Place::geonameId).contains(692854L);
    assertThat(g.byName("Старая Збурьевка")).extracting(Place::geonameId).contains(692854L);
  }

  private static boolean hasCyrillic(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }
}
