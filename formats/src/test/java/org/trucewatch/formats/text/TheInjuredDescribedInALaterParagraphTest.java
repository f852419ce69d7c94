package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A later paragraph that goes on about the people counted at a settlement, in smaller numbers and
 * naming no place, tells of them again: "троє поранених у Херсоні ... [paragraph] Двох поранених
 * доставили до лікарні" is three injured, not five; the children it names are the total's children.
 * A later paragraph naming another settlement is another incident. Sentences written for this test.
 */
class TheInjuredDescribedInALaterParagraphTest {
  private static int injured(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void twoOfTheThreeTakenToHospitalAreNoMoreInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Російські війська обстріляли Корабельний район Херсона. Внаслідок атаки "
        + "поранення отримали троє мирних жителів.\n\nДвох поранених — 86 та 44 роки — доставили до лікарні.", Language.UK);
    assertThat(injured(ms)).isEqualTo(3);
  }

  @Test
  void fiveHospitalisedOfEightInjuredAreNoMore() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Дроны атаковали Каменское. Восемь человек получили ранения, сообщил "
        + "городской голова.\n\nПо его словам, пятеро жителей дома госпитализированы.", Language.RU);
    assertThat(injured(ms)).isEqualTo(8);
  }

  @Test
  void theChildrenAmongThemAreTheTotalsChildren() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Bei einem Drohnenangriff auf einen Bus in Cherson sind fünf Menschen "
        + "verletzt worden.\n\nUnter den Verletzten seien zwei Kinder. Die Kinder und drei verletzte Frauen wurden ins Krankenhaus "
        + "eingeliefert.", Language.DE);
    assertThat(injured(ms)).isEqualTo(5);
    assertThat(ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().minors().min()).sum())
        .isEqualTo(2);
  }

  @Test
  void injuredAtAnotherSettlementAreMore() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russische Artillerie beschoss Cherson. Drei Menschen wurden verletzt."
        + "\n\nIn Beryslaw wurden zwei Menschen verletzt.", Language.DE);
    assertThat(injured(ms)).isEqualTo(5);
  }
}
