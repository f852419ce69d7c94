package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;

/**
 * A figure the text calls a total ("In total, three people died", "Insgesamt", "Загалом") holds the
 * figures of its category told before it in its paragraph, at its place or at none.
 */
class CalledTotalTest {
  private int sum(String text, Language language, boolean killed) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART)
        .mapToInt(m -> (killed ? m.claim().casualties().killed() : m.claim().casualties().injured()).min()).sum();
  }

  @Test
  void moreBodiesThenTheTotal() {
    assertThat(sum("A Russian missile hit a warehouse in Odesa, killing three people, the governor said.\n\nRescuers found "
        + "the bodies of two more people under the rubble. In total, three people died as a result of the attack.",
        Language.EN, true)).isEqualTo(3);
  }

  @Test
  void germanInsgesamt() {
    assertThat(sum("Eine Rakete traf ein Wohnhaus in Dnipro, vier Menschen wurden verletzt.\n\nZwei weitere Verletzte "
        + "meldeten sich später. Insgesamt wurden vier Menschen verletzt.", Language.DE, false)).isEqualTo(4);
  }

  @Test
  void ukrainianZahalom() {
    assertThat(sum("Росіяни вдарили по Харкову, поранено шестеро людей.\n\nЩе двоє людей звернулися по медичну допомогу. "
        + "Загалом постраждали шестеро людей.", Language.UK, false)).isEqualTo(6);
  }
}
