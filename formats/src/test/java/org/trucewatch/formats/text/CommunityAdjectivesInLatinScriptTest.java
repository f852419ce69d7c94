package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Communities the English and German press name by their adjective ({@link LatinCommunity}): a compound adjective of
 * a two-word seat, the masculine adjective in "-zkyj", "Gemeinschaft" as the head noun, a feminine adjective standing
 * alone, a list after "communities include". Sentences written for this test.
 */
class CommunityAdjectivesInLatinScriptTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aCompoundAdjectiveIsTheTwoWordSeat() {
    assertThat(places("In Sumy region, the Velykopysarivska community came under tank fire and a man was injured."))
        .containsExactly("Velyka Pysarivka");
  }

  @Test
  void theMasculineAdjectiveOfATownInEz() {
    assertThat(places("Russische Drohnen griffen in der Region Dnipropetrowsk die Gemeinden Nikopolskyj und Marhanezkyj an, "
        + "eine Frau wurde verletzt.")).contains("Nikopol", "Marhanets");
  }

  @Test
  void gemeinschaftIsACommunity() {
    assertThat(places("In der Region Dnipropetrowsk warf die russische Armee eine Fliegerbombe auf die Gemeinschaft Rajiwska ab."))
        .containsExactly("Raivka");
  }

  @Test
  void aFeminineAdjectiveAloneIsItsCommunity() {
    assertThat(places("Russian forces shelled Sumy region again: FPV drones and mortars were used in Yunakivska and Bilopilska, "
        + "a woman was injured.")).contains("Yunakivka", "Bilopillia");
  }

  @Test
  void germanNamesTheCommunityWordBeforeTheAdjective() {
    assertThat(places("Die Russen beschossen ein Dorf in der Grenzgemeinde Semenivska in der Region Tschernihiw mit Mörsern, "
        + "eine Frau wurde verletzt.")).containsExactly("Semenivka");
  }

  @Test
  void aSurnameAfterAGivenNameIsNoCommunity() {
    assertThat(places("In Sumy region, Olena Zelenska visited Bilopillia after a Russian drone attack injured two people."))
        .containsExactly("Bilopillia");
  }
}
