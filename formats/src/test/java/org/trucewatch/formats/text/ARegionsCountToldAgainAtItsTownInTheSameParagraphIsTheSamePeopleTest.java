package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count the paragraph's lead places at the region, told again by a later sentence of the paragraph at a
 * settlement of that region, is the same people: as a later paragraph's would be.
 */
class ARegionsCountToldAgainAtItsTownInTheSameParagraphIsTheSamePeopleTest {
  @Test
  void theOfficialsElevenAtTheTownAreTheLeadsElevenInTheRegion() {
    // ru-x25: the lead's "города Часов Яр Бахмутского района Донецкой области" is read at the region
    List<IncidentMention> ms = ExtractedSentences.mentions("В результате вчерашнего обстрела города Часов Яр Бахмутского "
        + "района Донецкой области один человек погиб, ранены 11 человек, в том числе шестеро детей.\n"
        + "Об этом сообщил в Телеграме начальник Донецкой областной военной администрации Павел Кириленко, передает "
        + "Укринформ.\n"
        + "\"Шестеро раненых детей — результат вчерашнего обстрела Часова Яра. Россияне нанесли удар по пляжу на озере "
        + "Золотая Рыбка,что в пределах города. По предварительной информации, использовали кассетные снаряды\", - "
        + "отметил начальник ОВА.\n"
        + "По его информации, в результате обстрела погиб человек, 11 человек получили ранения.", Language.RU);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(11);
    assertThat(ms).anyMatch(m -> m.place().isPresent());
  }

  @Test
  void theSameCountAtATownOfAnotherRegionIsOtherPeople() {
    // written for this test: Kharkiv is no town of the Donetsk region, its eleven are its own
    List<IncidentMention> ms = ExtractedSentences.mentions("В результате обстрелов Донецкой области ранены 11 человек.\n"
        + "В результате обстрела Харькова ранены 11 человек.", Language.RU);
    assertThat(injured(ms)).isEqualTo(22);
  }
}
