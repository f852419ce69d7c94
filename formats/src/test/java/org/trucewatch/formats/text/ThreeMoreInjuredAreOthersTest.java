package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Ще троє постраждалих" after a count of injured adds three more; after a count of killed it only
 * joins the injured to the dead, and a lead's "ще двоє" told again in the body is the same people.
 * Sentences written for this test.
 */
class ThreeMoreInjuredAreOthersTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).isNotEmpty();
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  private static int killed(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void fiveInjuredThenThreeMoreInAnotherDistrict() {
    String text = "КАБ влучив у житловий будинок у Харкові. \"Один загиблий і п'ятеро постраждалих. Ще троє постраждалих в "
        + "іншому районі міста\", - написав Терехов.";
    assertThat(injured(text, Language.UK)).isEqualTo(8);
    assertThat(killed(text, Language.UK)).isEqualTo(1);
    assertThat(injured("Ракета попала в Харьков. Пятеро пострадавших. Еще трое пострадавших в другом районе.", Language.RU))
        .isEqualTo(8);
  }

  @Test
  void moreAfterTheDeadOnlyJoinsTheInjured() {
    assertThat(injured("Враг обстрелял Никополь, погибла женщина. Еще двое ранены.", Language.RU)).isEqualTo(2);
    assertThat(injured("Russia struck Zaporizhzhia. One person was killed. Another three people were injured.", Language.EN))
        .isEqualTo(3);
  }

  @Test
  void theLeadsMoreToldAgainIsTheSamePeople() {
    assertThat(injured("Во время обстрела Никополя погибла женщина, еще двое ранены. Еще два человека получили ранения во "
        + "время обстрела.", Language.RU)).isEqualTo(2);
  }
}
