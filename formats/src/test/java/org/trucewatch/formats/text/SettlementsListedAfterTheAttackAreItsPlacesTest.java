package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * The settlements a paragraph about an attack lists in a sentence of their own, with no event word
 * beside them, are the attack's places; a single name in such a sentence is not. Sentences written
 * for this test.
 */
class SettlementsListedAfterTheAttackAreItsPlacesTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<String> places(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-25T12:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions().stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().toList();
  }

  @Test
  void theAffectedCommunitiesListedAfterTheShellingAreItsPlaces() {
    assertThat(places("Russian forces shelled the Nikopol district with heavy artillery overnight. The affected communities "
        + "include Marhanets, Myrove and Pokrov, the governor said.")).containsExactly("Marhanets", "Myrove", "Pokrov");
  }

  @Test
  void dieBetroffenenGemeindenNachDemBeschussSindSeineOrte() {
    assertThat(places("Die russische Armee hat den Bezirk Nikopol in der Nacht mit Artillerie beschossen. Betroffen waren "
        + "die Gemeinden Marhanez, Myrowe und Pokrow.")).containsExactly("Marhanets", "Myrove", "Pokrov");
  }

  @Test
  void aCityNamedAloneInASentenceOfItsOwnIsNoPlaceOfTheAttack() {
    assertThat(places("Russian forces shelled the Nikopol district with heavy artillery overnight. The governor spoke from "
        + "Dnipro on Tuesday.")).isEmpty();
  }
}
