package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A region's body named before the region's name ("der Leiter der regionalen Militärverwaltung
 * Donezk", "die Gebietsverwaltung von Charkiw") speaks for the region; it is not the city of that
 * name. Sentences written for this test in the wording of German agency reports.
 */
class RegionalBodyBeforeItsNameTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theRegionalMilitaryAdministrationIsNoCity() {
    assertThat(places("Bei einem Angriff auf Kramatorsk wurde ein Mann getötet. Dies meldet der Leiter der regionalen "
        + "Militärverwaltung Donezk.", Language.DE)).containsExactly("Kramatorsk");
  }

  @Test
  void norTheGebietsverwaltungWithVon() {
    assertThat(places("In Isjum wurden zwei Menschen verletzt, teilte die Gebietsverwaltung von Charkiw mit.", Language.DE))
        .containsExactly("Izyum");
  }

  @Test
  void aCitysOwnAdministrationStaysWhereItIs() {
    // the city's administration says nothing against the city
    assertThat(places("Die Stadtverwaltung von Charkiw meldete einen Drohnenangriff auf Charkiw, drei Verletzte.", Language.DE))
        .containsExactly("Kharkiv");
  }
}
