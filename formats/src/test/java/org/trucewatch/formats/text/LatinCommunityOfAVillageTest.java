package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Communities in Latin script: the stem with its "sk" names the seat ("die Gemeinden Mirivsk und
 * Chervonohryhorivsk"); a community after a village says which namesake the village is and is no
 * place of its own ("Dudchany in the Mylivsk community"); a city's districts are no villages
 * ("in den Stadtbezirken Dniprowski und Desnjanski").
 */
class LatinCommunityOfAVillageTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.canonical()).toList();
  }

  @Test
  void theStemWithItsSkNamesTheSeat() {
    assertThat(LatinCommunity.spellings("Chervonohryhorivsk")).contains("Chervonohryhorivka");
    assertThat(LatinCommunity.spellings("Mirivsk")).contains("Mirove");
  }

  @Test
  void theCommunityAfterAVillageIsNoPlaceOfItsOwn() {
    assertThat(places("In the morning the Russian army attacked Dudchany in the Mylivsk community with drones, "
        + "injuring a woman.", Language.EN)).containsExactly("Дудчани");
  }

  @Test
  void aCitysDistrictsAreNoVillages() {
    assertThat(places("Bei dem Angriff auf Kiew wurden in den Stadtbezirken Dniprowski und Desnjanski zehn Menschen "
        + "verletzt.", Language.DE)).containsOnly("Київ");
  }
}
