package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count, its people told between dashes, then the verb: the apposition's words (ages with their
 * own hyphens among them) do not use up the count's reach to its verb. Sentences written for this test.
 */
class AnAppositionBetweenDashesDoesNotUseUpTheReachTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void threePeopleWithTheirAgesBetweenDashesAreThreeInjured() {
    assertThat(injured("Окупанти обстріляли Нікополь. Троє людей – 48-річний чоловік та жінки 53 і 71 років – дістали поранення.",
        Language.UK)).isEqualTo(3);
    assertThat(injured("Оккупанты обстреляли Никополь. Три человека – 44-летний мужчина и женщины 52 и 67 лет – получили ранения.",
        Language.RU)).isEqualTo(3);
  }
}
