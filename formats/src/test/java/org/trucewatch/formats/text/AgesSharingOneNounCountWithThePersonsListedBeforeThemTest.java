package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ages that share one plural noun count one person each, past an adjective they share ("50-річний та
 * 48-річний цивільні чоловіки"), and with the persons listed with commas before them ("60-летний
 * мужчина, 75-летняя и 68-летняя женщины" are three). Sentences written for this test.
 */
class AgesSharingOneNounCountWithThePersonsListedBeforeThemTest {
  private static List<IncidentMention> read(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  @Test
  void twoAgesWithAnAdjectiveBeforeTheirNounAreTwoKilled() {
    assertThat(ExtractedSentences.killed(read("Росіяни обстріляли Ізюм. Загинули 52-річний та 47-річний цивільні чоловіки.",
        Language.UK))).isEqualTo(2);
    assertThat(ExtractedSentences.killed(read("Россияне обстреляли Изюм. Погибли 52-летний и 47-летний мирные жители.",
        Language.RU))).isEqualTo(2);
  }

  @Test
  void aPersonListedBeforeTwoAgesSharingANounIsThreeInjured() {
    assertThat(ExtractedSentences.injured(read("Россияне обстреляли Изюм. Ранены 44-летний мужчина, 71-летняя и 66-летняя женщины.",
        Language.RU))).isEqualTo(3);
    assertThat(ExtractedSentences.injured(read("Росіяни обстріляли Ізюм. Поранені 44-річний чоловік, 71-річна та 66-річна жінки.",
        Language.UK))).isEqualTo(3);
  }

  @Test
  void twoAgesSharingANounWithoutAnyoneBeforeThemStayTwo() {
    assertThat(ExtractedSentences.injured(read("Россияне обстреляли Изюм. Ранены 71-летняя и 66-летняя женщины.",
        Language.RU))).isEqualTo(2);
  }
}
