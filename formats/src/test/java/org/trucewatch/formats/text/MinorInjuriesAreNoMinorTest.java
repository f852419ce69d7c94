package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "suffered minor injuries": "minor" before an injury is an adjective, no child. Sentences written for this test. */
class MinorInjuriesAreNoMinorTest {
  private static int minors(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.EN);
    return ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum();
  }

  @Test
  void aPoliceOfficerWithMinorInjuriesIsNoMinor() {
    assertThat(minors("Russian forces shelled Kherson. A 52-year-old police officer suffered minor injuries.")).isZero();
  }

  @Test
  void aMinorWhoWasInjuredIsStillOne() {
    assertThat(minors("Russian forces shelled Kherson. A minor was injured.")).isEqualTo(1);
  }
}
