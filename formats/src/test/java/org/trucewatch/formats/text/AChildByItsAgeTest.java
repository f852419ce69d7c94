package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person whose age is under 18 is a minor whatever the noun ("darunter ein 10-jähriger Junge",
 * "dass eine 14-Jährige verletzt wurde"), a baby is a child ("including a two-month-old baby"), and
 * an adult's age makes no minor. Sentences written for this test.
 */
class AChildByItsAgeTest {
  private static IncidentMention one(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void aTenYearOldBoyAmongTheInjuredIsOneChild() {
    IncidentMention m = one("Bei dem Raketenangriff auf Sumy wurden sieben Menschen verletzt, darunter ein 10-jähriger Junge, teilte "
        + "die Staatsanwaltschaft mit.", Language.DE);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(7));
    assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aFourteenYearOldGirlInjuredIsOneChild() {
    IncidentMention m = one("Bei Angriffen auf Sumy gab es Verletzte. Der Bürgermeister teilte mit, dass eine 14-Jährige verletzt wurde.",
        Language.DE);
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aBabyAmongTheWoundedIsOneChild() {
    assertThat(one("The attack on Kherson resulted in 24 wounded, including a two-month-old baby.", Language.EN)
        .claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void anEighteenYearOldIsNoChild() {
    assertThat(one("Bei dem Beschuss von Cherson wurde ein 18-jähriger Mann verletzt.", Language.DE)
        .claim().casualties().minors().min()).isZero();
  }
}
