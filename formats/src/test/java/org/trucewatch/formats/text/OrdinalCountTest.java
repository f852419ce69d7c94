package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;

/** "Ein vierter Verletzter", "a third man died": the n-th person says the count has reached n. */
class OrdinalCountTest {
  private int sum(String text, Language language, boolean killed) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART)
        .mapToInt(m -> (killed ? m.claim().casualties().killed() : m.claim().casualties().injured()).min()).sum();
  }

  @Test
  void aGermanOrdinalInjured() {
    assertThat(sum("Bei dem Angriff auf Cherson wurden drei Menschen verletzt. Ein vierter Verletzter wurde später ins "
        + "Krankenhaus gebracht.", Language.DE, false)).isEqualTo(4);
  }

  @Test
  void anEnglishOrdinalPersonAndItsVerb() {
    assertThat(sum("Two people were killed in the Russian strike on Kupiansk. A third man died in hospital later on Monday.",
        Language.EN, true)).isEqualTo(3);
  }

  @Test
  void anOrdinalStrikeIsNoCount() {
    assertThat(sum("A Russian drone hit Nikopol in the morning, injuring two men. A second strike damaged a school.",
        Language.EN, false)).isEqualTo(2);
  }
}
