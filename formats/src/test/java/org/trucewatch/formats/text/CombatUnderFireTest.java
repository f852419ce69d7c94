package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Being under fire is combat, in its English and German wordings: "came under fire", "came under
 * mortar fire", "hätten auf ... gefeuert". Sentences written for this test.
 */
class CombatUnderFireTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void cameUnderFire() {
    assertThat(places("The village of Vilcha in Kharkiv region came under fire overnight.")).containsExactly("Vilcha");
  }

  @Test
  void mortarFire() {
    assertThat(places("Mortar fire was recorded near Vilcha, Kharkiv region.")).containsExactly("Vilcha");
  }

  @Test
  void germanGefeuert() {
    assertThat(places("Russische Truppen hätten in der Nacht auf das Dorf Wiltscha gefeuert.")).containsExactly("Vilcha");
  }
}
