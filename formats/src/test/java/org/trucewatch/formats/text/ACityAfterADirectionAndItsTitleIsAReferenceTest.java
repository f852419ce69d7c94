package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A city after a direction and the city's title ("westlich der ukrainischen Metropole Charkiw", "east of the embattled
 * town of Vovchansk") locates the settlement named before it in its sentence and is no place of the event; a name after
 * the title that follows another name is the place ("nordwestlich von Luhansk gelegenen Stadt Rubischne").
 * Sentences written for this test.
 */
class ACityAfterADirectionAndItsTitleIsAReferenceTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theMetropoleWestOfTheTownIsNoPlace() {
    assertThat(places("Bei einem Angriff auf die Stadt Bohoduchiw westlich der ukrainischen Metropole Charkiw wurden zwei "
        + "Menschen getötet.", Language.DE)).containsExactly("Bohodukhiv");
  }

  @Test
  void theTownEastOfTheVillageIsNoPlace() {
    assertThat(places("A shell hit the village of Lyptsi, about 30 kilometers east of the embattled town of Vovchansk, "
        + "injuring a woman.", Language.EN)).containsExactly("Lyptsi");
  }

  @Test
  void theTownAfterTheTitleThatFollowsTheReferenceIsThePlace() {
    assertThat(places("In der nordwestlich von Luhansk gelegenen Stadt Rubischne wurden drei Menschen verletzt.",
        Language.DE)).containsExactly("Rubizhne");
  }
}
