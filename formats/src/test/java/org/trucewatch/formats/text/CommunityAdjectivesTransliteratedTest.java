package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Sumy border communities as English translations of Ukrainian and Russian posts spell them: the Russian adjective
 * ("Krasnopolskaya community" : Krasnopillia, Russian Краснополье), a compound's linking "o" ("Seredyno-Buda
 * community" : Seredyna-Buda) and the Ukrainian "-лля" with one l ("Krasnopilia"). Each is placed at its seat.
 * Sentences written for this test.
 */
class CommunityAdjectivesTransliteratedTest {
  @Test
  void aRussianAdjectiveOfANounInYe() {
    assertThat(seats("Krasnopolskaya community: in the evening the Russians shelled the village with mortars, a man was "
        + "wounded.")).containsExactly("Krasnopillya");
  }

  @Test
  void aCompoundWithItsLinkingO() {
    assertThat(seats("In the afternoon Russian troops fired rocket systems at the Seredyno-Buda community, injuring a "
        + "70-year-old woman.")).containsExactly("Seredyna-Buda");
  }

  @Test
  void aUkrainianNameWithOneL() {
    assertThat(seats("At dawn a Russian drone hit a tractor in the Krasnopilia community, wounding its driver."))
        .containsExactly("Krasnopillya");
  }

  private static List<String> seats(String text) {
    return ExtractedSentences.mentions(text, Language.EN).stream().flatMap(m -> m.place().stream()).map(Place::name)
        .distinct().toList();
  }
}
