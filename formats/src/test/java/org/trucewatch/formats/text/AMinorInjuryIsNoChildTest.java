package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "minor" before an injury, a part of the body between them or not, says how bad the injury is, not
 * that a child was hurt: "a truck driver suffered a minor leg injury". Sentences written for this test.
 */
class AMinorInjuryIsNoChildTest {
  @Test
  void onePersonWithAMinorLegInjuryIsOneInjuredAndNoChild() {
    List<IncidentMention> ms = ExtractedSentences.mentions(
        "Drones struck the port of Izmail. One person, a crane operator, suffered a minor leg injury.", Language.EN);
    assertThat(ExtractedSentences.injured(ms)).isEqualTo(1);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isZero();
  }

  @Test
  void aMinorHurtIsStillAChild() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Drones struck the port of Izmail. A minor was injured.", Language.EN);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(1);
  }
}
