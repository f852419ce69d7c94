package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The ages of those counted, told as a range ending in years ("от 24 до 38 лет", "від 20 до 45 років") or with the
 * numeral's case ending ("подростки 13-ти и 16-ти лет"), are ages, not a second count. Sentences written for this test.
 */
class AgesInARangeOrWithCaseEndingsAreNoCountTest {
  private static OptionalInt figure(String text, Language language, String kind) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    int sum = 0;
    boolean any = false;
    for (IncidentMention m : ms) {
      var c = m.claim().casualties();
      var r = kind.equals("killed") ? c.killed() : kind.equals("injured") ? c.injured() : c.minors();
      if (r != null) {
        sum += r.min();
        any = true;
      }
    }
    return any ? OptionalInt.of(sum) : OptionalInt.empty();
  }

  @Test
  void theRangeOfTheDeadsAgesIsNoCountOfTheDead() {
    assertThat(figure("В результате обстрела погибли трое мужчин. Погибшим от 31 до 47 лет.", Language.RU, "killed"))
        .hasValue(3);
    assertThat(figure("Унаслідок удару загинули четверо чоловіків. Загиблим від 29 до 52 років.", Language.UK, "killed"))
        .hasValue(4);
  }

  @Test
  void agesWithTheirCaseEndingsAreNoCountOfMinors() {
    assertThat(figure("Ранены двое детей: подростки 12-ти и 15-ти лет.", Language.RU, "minors")).hasValue(2);
  }
}
