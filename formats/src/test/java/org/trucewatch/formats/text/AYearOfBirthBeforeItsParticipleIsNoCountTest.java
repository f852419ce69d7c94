package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German writes a year of birth before its participle ("ein 2015 geborenes Kind"), and an age's
 * hyphen may be followed by a space ("ein 9- jähriger Junge", "58- річний"): neither number is a
 * count of people. Sentences written for this test.
 */
class AYearOfBirthBeforeItsParticipleIsNoCountTest {
  private static List<IncidentMention> de(String text) {
    return ExtractedSentences.mentions(text, Language.DE);
  }

  @Test
  void aChildBornIn2016IsOneChildKilled() {
    List<IncidentMention> ms = de("Bei einem Luftangriff auf Kramatorsk ist ein 2016 geborenes Kind getötet worden.");
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(1);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(1);
  }

  @Test
  void aBoyOfNineWithASpaceAfterTheHyphenIsOneChild() {
    List<IncidentMention> ms = de("In Sumy ist bei einem Drohnenangriff ein 9- jähriger Junge verletzt worden.");
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(1);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(1);
  }

  @Test
  void aWomanOfFiftyEightWithASpaceAfterTheHyphenIsOnePerson() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Внаслідок обстрілу Нікополя поранено 58- річну жінку.",
        Language.UK);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(1);
  }
}
