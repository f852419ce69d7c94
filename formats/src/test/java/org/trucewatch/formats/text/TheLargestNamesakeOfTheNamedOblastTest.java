package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Of a name's namesakes in the oblast the text names, the largest is meant (the labelling rule's "the largest when
 * several"), even when a smaller one lies nearer to the text's other places; nearness decides only among namesakes
 * of one size. Sentences written for this test.
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

  private static List<Place> places(String text) {
    return ExtractedSentences.mentions(text, Language.UK).stream().flatMap(m -> m.place().stream()).toList();
  }
}
