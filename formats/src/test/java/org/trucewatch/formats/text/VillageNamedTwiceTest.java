package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A village named with its community ("Олександрівку Білозерської громади") is a place, and a
 * village named twice in a paragraph is one namesake: the one both mentions allow (Oleksandrivka
 * near Bilozerka, not the larger one of the oblast). Sentences written for this test.
 */
class VillageNamedTwiceTest {
  private List<Place> places(String text) {
    return ExtractedSentences.mentions(text).stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void aVillageWithItsCommunityIsAPlace() {
    assertThat(places("Окупанти атакували з дрона Олександрівку Білозерської громади, поранено чоловіка."))
        .extracting(Place::name).containsExactly("Oleksandrivka");
  }

  @Test
  void bothMentionsAreTheNamesakeTheyShare() {
    assertThat(places("Вранці ворог обстріляв село Олександрівка Херсонської області, поранено чоловіка.\n"
        + "\"Окупанти атакували з дрона Олександрівку Білозерської громади\", - повідомила ОВА."))
        .extracting(Place::geonameId).isNotEmpty().containsOnly(698628L);
  }
}
