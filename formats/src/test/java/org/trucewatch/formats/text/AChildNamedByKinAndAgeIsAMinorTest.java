package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A possessive opens an aged person as an article does: "their 12-year-old son", "his 9-year-old
 * daughter", "sein 7-jähriger Sohn" is a minor by the age, and one person. Sentences written for this test.
 */
class AChildNamedByKinAndAgeIsAMinorTest {
  private static int minors(List<IncidentMention> ms) {
    return ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum();
  }

  @Test
  void aManAndHisNineYearOldDaughterKilledAreTwoWithOneMinor() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A missile hit a house in Kupiansk and killed a 41-year-old man and "
        + "his 9-year-old daughter.", Language.EN);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(2);
    assertThat(minors(ms)).isEqualTo(1);
  }

  @Test
  void theirFifteenYearOldSonWasInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A drone hit a car near Kherson; their 15-year-old son was injured.",
        Language.EN);
    assertThat(minors(ms)).isEqualTo(1);
  }

  @Test
  void aSonOfTwentyIsNoMinor() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A drone hit a car near Kherson; their 20-year-old son was injured.",
        Language.EN);
    assertThat(minors(ms)).isZero();
  }
}
