package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * How badly people were hurt may stand between the number and its casualty word without parting
 * them: "Zehn weitere wurden teils schwer verletzt", "поранення різного ступеня тяжкості отримали
 * дев’ятеро", "ранения разной степени тяжести получили пятеро". Sentences written for this test.
 */
class DegreeOfTheWoundsTest {
  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void tenMoreWereInjuredSomeBadly() {
    assertThat(injured("Beim Drohnenangriff auf Odessa kamen zwei Menschen ums Leben. Zehn weitere wurden teils schwer verletzt.",
        Language.DE)).isEqualTo(CasualtyCount.exactly(10));
  }

  @Test
  void woundsOfVaryingSeverityBeforeTheVerb() {
    assertThat(injured("Ворог скинув КАБ на Білопілля. Поранення різного ступеня тяжкості отримали дев’ятеро мирних жителів.",
        Language.UK)).isEqualTo(CasualtyCount.exactly(9));
    assertThat(injured("ВСУ обстреляли Горловку. Ранения разной степени тяжести получили пятеро мирных жителей.", Language.RU))
        .isEqualTo(CasualtyCount.exactly(5));
  }
}
