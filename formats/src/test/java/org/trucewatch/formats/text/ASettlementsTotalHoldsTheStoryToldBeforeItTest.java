package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "In all, five died in the shelling of Orikhiv": a figure the text calls a total, at the settlement
 * (or in the region) where the story so far was told, holds the earlier paragraphs' figures; at
 * another settlement it is a strike of its own. Sentences written for this test.
 */
class ASettlementsTotalHoldsTheStoryToldBeforeItTest {
  @Test
  void fiveInAllAtTheTownAfterTwoInItsRegionAreFive() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Во время обстрела в Запорожской области погибли два "
        + "работника электросетей.\n\nВсего во время обстрела Орехова погибли пятеро человек, сообщил глава области.",
        Language.RU);
    assertThat(killed(ms)).isEqualTo(5);
  }

  @Test
  void sixInAllAtTheTownAfterFourThereAreSix() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Внаслідок обстрілу Нікополя поранення дістали четверо людей."
        + "\n\nЗагалом у Нікополі за день поранено шість людей, повідомив голова ОВА.", Language.UK);
    assertThat(injured(ms)).isEqualTo(6);
  }

  @Test
  void aTotalAtAnotherTownLeavesTheEarlierStrikeApart() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Внаслідок обстрілу Нікополя поранення дістали четверо людей."
        + "\n\nЗагалом у Херсоні за день поранено шість людей, повідомив голова ОВА.", Language.UK);
    assertThat(injured(ms)).isEqualTo(10);
  }
}
