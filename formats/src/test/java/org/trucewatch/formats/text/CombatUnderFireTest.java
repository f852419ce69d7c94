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
 * Being under fire is combat, in its English and German wordings: "came under fire", "came under
 * mortar fire", "hätten auf ... gefeuert". Sentences written for this test.
 */
class CombatUnderFireTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<String> places(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions().stream()
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
