package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * People in the plural with no number, their ages listed in an age phrase after them, are one person
 * an age: "Frauen im Alter von 87 und 78 Jahren verletzt", "men aged 45 and 61 were injured". A
 * number before the noun is their count. Sentences written for this test.
 */
class PeopleInThePluralCountedByTheAgesAfterThemTest {
  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void germanWomenByTheirAges() {
    assertThat(injured("In Saporischschja wurden Frauen im Alter von 81 und 64 Jahren verletzt.", Language.DE))
        .isEqualTo(CasualtyCount.exactly(2));
    assertThat(injured("In Saporischschja wurden Männer im Alter von 45, 50 und 61 Jahren am Montag verletzt.", Language.DE))
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void englishMenByTheirAges() {
    assertThat(injured("In Kharkiv men aged 45 and 61 were injured by the strike.", Language.EN))
        .isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void aNumberBeforeTheNounIsTheCount() {
    assertThat(injured("Sechs Menschen im Alter von 60 bis 85 Jahren wurden in Charkiw verletzt.", Language.DE))
        .isEqualTo(CasualtyCount.exactly(6));
    assertThat(injured("In Charkiw wurden zwei Frauen im Alter von 87 und 78 Jahren verletzt.", Language.DE))
        .isEqualTo(CasualtyCount.exactly(2));
  }
}
