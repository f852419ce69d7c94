package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure whose clause says it is the region's ("ще 9 людей в області", "6 more people in the region")
 * is not placed at the settlement of the sentence before it; the settlements told after it are its
 * parts. Sentences written for this test.
 */
class AFigureSaidToBeInTheRegionIsNotTheNearestTownsTest {
  @Test
  void theRegionsInjuredAreNotCountedAgainAtTheirTowns() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Російські війська обстріляли Донеччину, повідомив голова ОВА.\n\n"
        + "\"За добу росіяни вбили 2 жителів Донеччини – у Покровську. Ще 9 людей в області дістали поранення\", – написав "
        + "він.\n\nУ Покровську 2 людини загинули і 7 поранені. У Добропіллі поранено двох людей.", Language.UK);
    assertThat(injured(ms)).isEqualTo(9);
  }

  @Test
  void aFigureAtItsOwnTownStaysThere() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian drones struck Kupiansk on Sunday. Three people were "
        + "injured in the city.\n\nIn Izium, two people were injured by shelling.", Language.EN);
    assertThat(injured(ms)).isEqualTo(5);
  }
}
