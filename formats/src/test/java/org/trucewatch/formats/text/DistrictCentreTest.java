package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The district centre" named after a district is the town that seats it: Nikopol for "Nikopol
 * district", "Bezirk Nikopol", "Нікопольщина"; with no district named before it, nothing.
 */
class DistrictCentreTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.canonical()).toList();
  }

  @Test
  void theEnglishDistrictCenterIsItsSeat() {
    assertThat(places("Russian troops shelled Nikopol district overnight. The district center was hit, two men were "
        + "injured.", Language.EN)).contains("Нікополь");
  }

  @Test
  void theGermanBezirkszentrumIsItsSeat() {
    assertThat(places("Im Bezirk Nikopol haben die Russen das Bezirkszentrum mit Drohnen angegriffen, ein Mann wurde "
        + "verletzt.", Language.DE)).contains("Нікополь");
  }

  @Test
  void theUkrainianRaitsentrIsTheSeatOfTheShchynaNamedBefore() {
    assertThat(places("Ворог знову обстріляв Нікопольщину. У самому райцентрі поранено жінку.", Language.UK))
        .contains("Нікополь");
  }

  @Test
  void withoutADistrictBeforeItTheCentreIsNoPlace() {
    List<Token> tokens = Token.of("The district center was hit.", 0, 28);
    assertThat(DistrictCentre.seat(org.trucewatch.formats.gazetteer.Gazetteer.bundled(), tokens, 1, List.of())).isEmpty();
  }
}
