package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * An age written out in years ("ein neun Jahre altes Mädchen", "a nine years old boy") is the
 * person's age, not a number of children, as one in months already was. Sentences written for this test.
 */
class AgeInYearsWrittenOutTest {
  private static IncidentMention only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void elevenInjuredAmongThemANineYearOldGirlIsOneChild() {
    IncidentMention m = only("Im Gebiet Cherson seien elf Menschen, darunter ein neun Jahre altes Mädchen, bei russischem "
        + "Artilleriefeuer verletzt worden.", Language.DE);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(11));
    assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aNineYearOldChildHurtIsOneChildNotNine() {
    IncidentMention m = only("Ein russischer Marschflugkörper traf die Stadt Kostjantyniwka – ein neun Jahre altes Kind wurde "
        + "verletzt.", Language.DE);
    assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
  }
}
