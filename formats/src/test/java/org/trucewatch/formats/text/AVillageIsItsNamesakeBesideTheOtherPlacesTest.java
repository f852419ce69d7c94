package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A village far from the text's other settlements, while a namesake of its oblast lies beside them, is that namesake:
 * "Садове" among Kherson, Antonivka and Prydniprovske is the Sadove of Kherson raion (46.70, 32.82), not the larger
 * Sadove of Skadovsk raion 26 km off them (46.36, 32.19). Sentence of uk-q02, shortened.
 */
class AVillageIsItsNamesakeBesideTheOtherPlacesTest {
  private static List<String> sadove(String text) {
    return ExtractedSentences.mentions(text, Language.UK).stream()
        .flatMap(m -> m.place().stream()).filter(p -> p.name().equals("Sadove"))
        .map(p -> String.format(java.util.Locale.ROOT, "%.2f %.2f", p.lat(), p.lon())).distinct().toList();
  }

  @Test
  void theVillageBesideTheOthersIsTheOneMeant() {
    assertThat(sadove("Минулої доби під ворожим дроновим терором та артилерійськими обстрілами перебували Херсон, "
        + "Антонівка, Садове, Придніпровське, Софіївка. Через російську агресію 4 людей дістали поранення."))
        .containsExactly("46.70 32.82");
  }

  @Test
  void aloneTheLargerVillageStays() {
    assertThat(sadove("Вранці окупанти обстріляли Садове на Херсонщині, поранено чоловіка."))
        .containsExactly("46.36 32.19");
  }
}
