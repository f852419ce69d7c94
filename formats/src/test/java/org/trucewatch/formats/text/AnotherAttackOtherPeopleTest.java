package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;

/**
 * A figure in a sentence about another attack ("another drone attack", "bei einem weiteren Angriff",
 * "внаслідок ще одного обстрілу") is of other people, not the earlier figure told again.
 */
class AnotherAttackOtherPeopleTest {
  private int killed(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().filter(m -> m.claim().scope() != CasualtyScope.PART)
        .mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void englishAnotherDroneAttack() {
    assertThat(killed("Russian troops shelled Nikopol in the morning. A man was killed in the center of Nikopol. Later, "
        + "another drone attack on Nikopol killed a 70-year-old Nikopol resident.", Language.EN)).isEqualTo(2);
  }

  @Test
  void germanWeitererAngriff() {
    assertThat(killed("Russische Truppen beschossen am Morgen Nikopol, ein Mann wurde in Nikopol getötet. Bei einem weiteren "
        + "Angriff auf Nikopol wurde eine 70-jährige Frau getötet.", Language.DE)).isEqualTo(2);
  }

  @Test
  void ukrainianShcheOdnohoObstrilu() {
    assertThat(killed("Зранку росіяни обстріляли Нікополь, у Нікополі загинув чоловік. Внаслідок ще одного обстрілу "
        + "Нікополя загинула жінка.", Language.UK)).isEqualTo(2);
  }
}
