package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A community followed by its raion ("Semenivka community in Novhorod-Siverskyi district") is the
 * namesake in that raion, as a village followed by its raion is. Sentences written for this test.
 */
class CommunityInItsRaionTest {
  @Test
  void semenivkaCommunityOfNovhorodSiverskyiDistrict() {
    // Chernihiv Oblast has two Semenivkas; the town of 5,600 is the one in Novhorod-Siverskyi raion
    assertThat(ExtractedSentences.mentions("The enemy struck at Semenivka community in Novhorod-Siverskyi district in "
        + "Chernihiv region. Two people were injured in the shelling.", Language.EN).stream().flatMap(m -> m.place().stream())
        .map(p -> p.population())).containsExactly(5_600L);
  }

  @Test
  void aVillageAndItsRaionAsBefore() {
    assertThat(ExtractedSentences.mentions("Shelling of Semenivka, Novhorod-Siverskyi district injured two people.",
        Language.EN).stream().flatMap(m -> m.place().stream()).map(p -> p.population())).containsExactly(5_600L);
  }
}
