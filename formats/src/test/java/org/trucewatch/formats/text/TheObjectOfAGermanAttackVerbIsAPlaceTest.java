package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German name with no preposition before it is a place when an attack verb takes it as object: before the participle
 * that ends the clause ("hat Beryslaw beschossen") or after the verb and its subject ("griffen die Russen Tschuhujiw mit
 * Raketen an"). Sentences written for this test.
 */
class TheObjectOfAGermanAttackVerbIsAPlaceTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theNameBeforeTheParticipleIsThePlace() {
    assertThat(places("Die russische Armee hat am Morgen Beryslaw beschossen, eine Frau wurde verletzt."))
        .containsExactly("Beryslav");
  }

  @Test
  void theNameAfterTheVerbAndItsSubjectIsThePlace() {
    assertThat(places("Am Abend griffen die Russen Tschuhujiw mit Drohnen an, ein Wohnhaus wurde beschädigt."))
        .containsExactly("Chuhuyiv");
  }

  @Test
  void aNameWithNoAttackVerbStaysUnread() {
    assertThat(places("Beryslaw meldete am Morgen keine besonderen Vorkommnisse.")).isEmpty();
  }
}
