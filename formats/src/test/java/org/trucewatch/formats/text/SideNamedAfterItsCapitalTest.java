package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side of the war named after its capital ("Kiev terrorists", "Kyiv militants") is no place of
 * the event, as "the Kiev government" is not. Sentences written for this test in the wording of
 * Russian officials' statements.
 */
class SideNamedAfterItsCapitalTest {
  private static List<String> places(String text) {
    return places(text, Language.EN);
  }

  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void kievTerroristsAttackedAnotherTown() {
    assertThat(places("Kiev terrorists attacked the city of Nova Kakhovka with drones, one person was injured."))
        .containsExactly("Nova Kakhovka");
  }

  @Test
  void kyivMilitantsToo() {
    assertThat(places("Kyiv militants shelled Horlivka overnight, killing a woman.")).containsExactly("Horlivka");
  }

  @Test
  void germanKiewsTruppenAreNoPlace() {
    assertThat(places("Am Abend wurde Gorlowka erneut beschossen, ein Zivilist wurde verletzt.\nDen letzten Angriff meldeten "
        + "die Behörden um 18:45 Uhr: Kiews Truppen feuerten drei Granaten ab.", Language.DE)).containsExactly("Horlivka");
  }
}
