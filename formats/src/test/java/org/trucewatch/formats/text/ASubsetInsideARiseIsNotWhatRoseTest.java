package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Die Zahl der Opfer, darunter ein Kind, stieg auf 7": the casualty word of a subset between the
 * count's noun and its rise is not the category that rose. Sentences written for this test.
 */
class ASubsetInsideARiseIsNotWhatRoseTest {
  @Test
  void victimsIncludingAChildRoseToSevenIsOneMinorNotSeven() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russischer Angriff auf Saporischschja. Die Zahl der Opfer, "
        + "darunter ein Kind, stieg auf 9.", Language.DE);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(1);
  }

  @Test
  void theNumberOfInjuredRoseToNineIsNine() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russischer Angriff auf Saporischschja. Die Zahl der Verletzten "
        + "stieg auf 9.", Language.DE);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(9);
  }
}
