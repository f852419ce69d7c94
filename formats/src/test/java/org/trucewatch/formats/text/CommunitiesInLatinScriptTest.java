package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Communities and districts in English and German spelling: a community named by its adjective or
 * stem, alone or in a list sharing one head noun, is placed at its seat; a list of districts names
 * no settlement. Sentences written for this test.
 */
class CommunitiesInLatinScriptTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void germanAdjectiveIsTheSeat() {
    assertThat(places("Eine russische Drohne griff am Abend die Gemeinde Myropilska in der Region Sumy an, ein Mann wurde verletzt."))
        .containsExactly("Myropillia");
  }

  @Test
  void englishAdjectiveIsTheSeat() {
    assertThat(places("In Sumy region, Russian artillery shelled the Krasnopilska community, injuring a woman."))
        .containsExactly("Krasnopillya");
  }

  @Test
  void aListSharesItsHeadNoun() {
    assertThat(places("In Sumy region, Russian artillery shelled the Myropil, Esman and Svesa communities."))
        .contains("Myropillia", "Esman", "Svesa");
  }

  @Test
  void germanListAfterThePlural() {
    assertThat(places("Russische Artillerie beschoss in der Region Dnipropetrowsk die Gemeinden Tscherwonohryhoriw und Myriw."))
        .contains("Chervonohryhorivka", "Myrove");
  }

  @Test
  void aListOfDistrictsIsNoSettlement() {
    assertThat(places("The enemy shelled settlements in the Bohodukhiv, Chuhuiv and Izium districts of Kharkiv region. "
        + "In the village of Vilcha, shelling damaged a school.")).containsExactly("Vilcha");
  }
}
