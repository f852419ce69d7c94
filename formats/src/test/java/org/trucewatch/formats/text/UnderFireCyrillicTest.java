package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A place "under fire" ("Под огнем была и Ольговка", "Під вогнем була Ольгівка") tells of an attack,
 * as "came under fire" does in English: the paragraph's hurt are an incident's. Sentences written for
 * this test.
 */
class UnderFireCyrillicTest {
  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void underFireWasOlhivkaWithAWomanHurtIsAnIncident() {
    assertThat(injured("Под огнем была и Ольговка. Пострадала 63-летняя женщина.", Language.RU)).isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Під вогнем була і Ольгівка. Постраждала 63-річна жінка.", Language.UK)).isEqualTo(CasualtyCount.exactly(1));
  }
}
