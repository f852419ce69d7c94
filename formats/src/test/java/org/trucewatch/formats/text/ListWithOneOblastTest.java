package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Place;

/**
 * ACLED's "X and Y, oblast" and "X, Y and Z, oblast": every listed settlement is a place of the
 * incident, each in that oblast; after "communities" or "city" the oblast is no place of its own.
 */
class ListWithOneOblastTest {
  private static List<Place> places(List<IncidentMention> ms) {
    return ms.stream().flatMap(m -> m.place().stream()).toList();
  }

  private static int injured(List<IncidentMention> ms) {
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().equals(CasualtyCount.UNKNOWN) ? 0
        : m.claim().casualties().injured().min()).sum();
  }

  @Test
  void twoVillagesJoinedByAndAreBothPlacesOfTheOblast() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 3 July 2025, Russian drones struck Myropillia and "
        + "Velyka Pysarivka, Sumy, injuring 2 civilians.", Language.EN);
    assertThat(places(ms)).extracting(Place::name).containsExactlyInAnyOrder("Myropillia", "Velyka Pysarivka");
    assertThat(places(ms)).extracting(Place::region).containsOnly("UA-59");
    assertThat(injured(ms)).isEqualTo(2);
  }

  @Test
  void threeSettlementsOfAListShareTheOblast() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 8 August 2024, Russian forces shelled Kupiansk, "
        + "Petropavlivka and Kivsharivka, Kharkiv, injuring 3 people.", Language.EN);
    assertThat(places(ms)).extracting(Place::name).containsExactlyInAnyOrder("Kupyansk", "Petropavlivka", "Kivsharivka");
    assertThat(places(ms)).extracting(Place::region).containsOnly("UA-63");
    assertThat(injured(ms)).isEqualTo(3);
  }

  @Test
  void theOblastAfterCommunitiesIsNoCity() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 19 May 2025, Russian forces shelled Bilopillia and "
        + "Vorozhba communities, Sumy, killing 1 civilian.", Language.EN);
    assertThat(places(ms)).extracting(Place::name).containsExactlyInAnyOrder("Bilopillia", "Vorozhba");
    assertThat(ms.stream().filter(m -> m.claim().casualties().killed().equals(CasualtyCount.exactly(1)))).hasSize(1);
  }

  @Test
  void aCityAndATownWithTheOblastAfterTheCity() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 12 March 2024, Ukrainian forces shelled Makiivka and "
        + "Donetsk city, Donetsk, injuring 4 civilians.", Language.EN);
    assertThat(places(ms)).extracting(Place::name).containsExactlyInAnyOrder("Makiyivka", "Donetsk");
    assertThat(places(ms)).extracting(Place::region).containsOnly("UA-14");
    assertThat(injured(ms)).isEqualTo(4);
  }

  @Test
  void aBigCityWithItsHeadNounBeforeAVillage() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 6 June 2024, Russian Air Force bombed Kharkiv city and "
        + "Tsyrkuny, Kharkiv, with glide bombs, injuring 3 people.", Language.EN);
    assertThat(places(ms)).extracting(Place::name).contains("Kharkiv", "Tsyrkuny");
  }
}
