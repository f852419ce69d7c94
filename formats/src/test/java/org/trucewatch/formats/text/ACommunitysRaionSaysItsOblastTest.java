package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A raion the paragraph names in Latin script ("the Nikopol district") says the oblast of the communities it lists, as a
 * named oblast does: "Pokrovsk communities" there is the Pokrovska community of Dnipropetrovsk Oblast, not Pokrovsk.
 * Sentences written for this test.
 */
class ACommunitysRaionSaysItsOblastTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theNikopolDistrictsPokrovskCommunity() {
    assertThat(places("All day the enemy shelled the Nikopol district with drones and artillery. They hit the Marhanets and "
        + "Pokrovsk communities, and a woman was wounded.", Language.EN)).doesNotContain("Pokrovsk").contains("Pokrov");
  }

  @Test
  void withNoRaionNamedTheTownStays() {
    assertThat(places("On Sunday Russian artillery shelled the Pokrovsk community, wounding two men.", Language.EN))
        .containsExactly("Pokrovsk");
  }
}
