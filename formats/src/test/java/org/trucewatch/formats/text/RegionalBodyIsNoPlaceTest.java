package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A city's name in the name of its region's body ("the Kharkiv Regional Military Administration",
 * "the Kharkiv RMA", "Zaporizhzhia regional police") says who speaks, not where it happened; a
 * regional hospital is in the city.
 */
class RegionalBodyIsNoPlaceTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.EN).stream()
        .filter(m -> m.place().isPresent()).map(m -> m.place().get().name()).toList();
  }

  @Test
  void theRegionalAdministrationsCityIsNotWhereItHappened() {
    assertThat(places("A Russian drone hit a car in Kupiansk, injuring a man, Oleh Syniehubov, head of the Kharkiv Regional "
        + "Military Administration, said.\n\nA woman was killed in the attack, the head of the Kharkiv RMA added."))
        .containsOnly("Kupyansk");
  }

  @Test
  void regionalPoliceNameTheRegion() {
    assertThat(places("Russian artillery shelled Huliaipole overnight, wounding two men, the Zaporizhzhia regional police "
        + "reported.")).containsOnly("Hulyaypole");
  }

  @Test
  void aRegionalHospitalIsInTheCity() {
    assertThat(places("Russian shelling damaged the Kherson Regional Hospital, injuring two nurses.")).containsOnly("Kherson");
  }
}
