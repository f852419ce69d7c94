package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "eine medizinische Einrichtung für Kinder": the German article belongs to the first noun after it,
 * a thing; a person word further on does not make it one person. Sentences written for this test.
 */
class AGermanArticleBeforeAThingIsNoPersonTest {
  private static List<IncidentMention> mentions(String text) {
    return ExtractedSentences.mentions(text, Language.DE);
  }

  @Test
  void aClinicForChildrenHitIsNoChild() {
    List<IncidentMention> ms = mentions("Eine russische Drohne traf in Charkiw eine medizinische Einrichtung für Kinder.");
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum()).isZero();
  }

  @Test
  void aSixtySevenYearOldWomanInjuredIsStillOne() {
    List<IncidentMention> ms = mentions("Eine russische Drohne traf Charkiw. Eine 67-Jährige wurde verletzt.");
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(1);
  }
}
