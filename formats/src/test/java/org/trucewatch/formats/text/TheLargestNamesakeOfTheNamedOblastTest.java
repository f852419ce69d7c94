package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Of a name's namesakes in the oblast the text names, the largest is meant when nothing in the text points closer: a
 * smaller one some tens of kilometres nearer the text's other places does not, one right beside them does (the
 * labelling rule's "the namesake the text points to, the largest only when nothing points"). Sentences written for
 * this test.
 */
class TheLargestNamesakeOfTheNamedOblastTest {
  @Test
  void theTownOfTheOblastNotTheHamletNearTheOtherTown() {
    List<Place> places = places("Вранці російські дрони атакували Городню та Семенівку Чернігівської області. У Семенівці "
        + "загинула 70-річна жінка, у Городні поранено чоловіка.");
    // Semenivka, the town of 5,600 people in Novhorod-Siverskyi raion, not the hamlet of Chernihiv raion near Horodnia
    assertThat(places).anySatisfy(p -> assertThat(p.name()).isEqualTo("Semenivka"))
        .filteredOn(p -> p.name().equals("Semenivka")).allSatisfy(p -> assertThat(p.population()).isEqualTo(5600));
  }

  @Test
  void theVillageBesideTheOtherTownNotTheLargestOfTheOblast() {
    List<Place> places = places("Вранці російські дрони атакували Покровськ і село Зелене Донецької області. У Зеленому "
        + "поранено чоловіка.");
    // Zelene of the Pokrovsk community, 6 km from Pokrovsk, not the larger Zelene of Donetsk Oblast 75 km away
    assertThat(places).anySatisfy(p -> assertThat(p.geonameId()).isEqualTo(687361L));
  }

  private static List<Place> places(String text) {
    return ExtractedSentences.mentions(text, Language.UK).stream().flatMap(m -> m.place().stream()).toList();
  }
}
