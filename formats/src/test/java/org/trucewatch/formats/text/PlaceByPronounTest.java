package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack told in the sentence after a place's with a pronoun for the place ("тероризувала
 * Марганецьку громаду. Обстріляла її з важкої артилерії") happened at that place. Sentences written
 * for this test in the wording of regional governors' posts.
 */
class PlaceByPronounTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theCommunityTheArmyTerrorisedWasShelled() {
    assertThat(places("Зранку російська армія тероризувала Марганецьку громаду. Обстріляла її з важкої артилерії.", Language.UK))
        .containsExactly("Marhanets");
  }

  @Test
  void russianToo() {
    assertThat(places("Враг снова не давал покоя Никополю. Его обстреляли из артиллерии и атаковали дронами.", Language.RU))
        .containsExactly("Nikopol");
  }

  @Test
  void aSentenceWithoutAnAttackTakesNoPlaceFromThePronoun() {
    // "її" here is the governor's post: nothing happened there
    assertThat(places("Голова ОВА розповів про Марганецьку громаду. Її мешканці отримали гуманітарну допомогу.", Language.UK))
        .isEmpty();
  }
}
