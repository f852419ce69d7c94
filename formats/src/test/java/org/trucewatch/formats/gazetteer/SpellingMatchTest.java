package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gazetteer's lookup keeps the places a Latin name matches as written over those only folding reaches. */
class SpellingMatchTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void sumyIsTheCityNotAVillageWhoseIso9SpellingIsSumy() {
    // Шуми (Donetsk Oblast, 9114121) is "Šumy" in ISO 9: only the folded key meets "Sumy"
    assertThat(g.byName("Sumy")).extracting(Place::name).containsExactly("Sumy");
    assertThat(g.byName("Shumy")).extracting(Place::geonameId).contains(9114121L);
  }

  @Test
  void aCityMatchedByItsExonymKeepsItsRankBeforeALatinOnlyVillage() {
    // the village 708410 is called "Gorlovka" by GeoNames, Horlivka has it as an exonym: both as written
    assertThat(g.byName("Gorlovka")).extracting(Place::name).startsWith("Horlivka");
    assertThat(g.byName("Gorlovka")).extracting(Place::geonameId).contains(708410L);
  }

  @Test
  void aNameOnlyFoldingReachesStillFindsItsPlace() {
    // written without the háček, "Zolociv" meets Zolochiv (Lviv Oblast) only by the ISO 9 spelling "Zoločiv"
    assertThat(g.byName("Zolociv")).extracting(Place::geonameId).contains(686896L);
  }

  @Test
  void slovianskIsTheCityNotTheTownOnceCalledSo() {
    // Nikopol (105,160 people) has its old name Слов'янськ among its names; Sloviansk (105,141) has it as its own
    assertThat(g.byName("Sloviansk")).extracting(Place::name).startsWith("Slovyansk");
    assertThat(g.byName("Sloviansk")).extracting(Place::name).contains("Nikopol");
  }

  @Test
  void cyrillicLookupsAreLeftAlone() {
    assertThat(g.byName("Суми")).extracting(Place::name).contains("Sumy");
  }
}
