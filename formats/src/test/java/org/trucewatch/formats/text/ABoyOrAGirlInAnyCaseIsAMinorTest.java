package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A boy, a girl or a child named in any case ("о двухлетнем мальчике", "поранено хлопчика", "две
 * девочки") is a minor, not only in the nominative. Sentences written for this test.
 */
class ABoyOrAGirlInAnyCaseIsAMinorTest {
  private static int minors(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().minors().min()).sum();
  }

  @Test
  void aTwoYearOldBoyAmongThreeDeadIsOneMinor() {
    assertThat(minors("Дроны атаковали Харьков. Известно о трех погибших: двухлетнем мальчике, 45-летнем мужчине и "
        + "55-летней женщине.", Language.RU)).isEqualTo(1);
  }

  @Test
  void twoGirlsKilledAreTwoMinors() {
    assertThat(minors("Ракета попала в дом в Днепре. Погибли две девочки.", Language.RU)).isEqualTo(2);
  }

  @Test
  void aBoyWoundedInTheAccusativeIsOneMinor() {
    assertThat(minors("Росіяни обстріляли Нікополь. Поранено хлопчика, його госпіталізували.", Language.UK)).isEqualTo(1);
  }
}
