package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A number joined by a hyphen to the word it measures ("15-километровой зоны", "a 30-kilometre zone", "9-поверховий
 * будинок") says how far or how tall, not how many were hurt: it is no count of people, in every language, while the
 * count told beside it still is. Sentences written for this test.
 */
class AMeasureJoinedToANumberIsNoCountTest {
  private static OptionalInt injured(String text, Language language) {
    return ExtractedSentences.injuredTold(ExtractedSentences.mentions(text, language));
  }

  @Test
  void theWidthOfAZoneUnderFireIsNoCountOfTheWounded() {
    assertThat(injured("В результате обстрелов 15-километровой зоны ранения получили три мирных жителя Каховки.", Language.RU))
        .hasValue(3);
    assertThat(injured("Внаслідок обстрілів 20-кілометрової зони поранення дістали двоє мешканців Нікополя.", Language.UK))
        .hasValue(2);
    assertThat(injured("Shelling of the 30-kilometre zone around Kherson wounded four residents.", Language.EN)).hasValue(4);
  }

  @Test
  void theHeightOfABuildingHitIsNoCountOfTheWounded() {
    assertThat(injured("Ракета влучила у 9-поверховий будинок у Дніпрі, поранено п'ятьох людей.", Language.UK)).hasValue(5);
    assertThat(injured("Eine Rakete traf ein 16-stöckiges Wohnhaus in Dnipro, sieben Menschen wurden verletzt.", Language.DE))
        .hasValue(7);
  }
}
