package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A text that revises its own figure ("the death toll rose to 21") gives the latest value, and keeps
 * the earlier one with its words as the figure's history; a revision in a later paragraph that names no
 * place updates the strike told before it, with its place, and is no incident of its own. Sentences
 * written for this test.
 */
class ARevisedFigureKeepsItsHistoryTest {
  @Test
  void theInjuredRisingToSixInALaterParagraphUpdateTheStrikeOnKherson() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Унаслідок обстрілу Херсона троє людей дістали поранення, "
        + "повідомив начальник обласної військової адміністрації.\n\nЗгодом кількість поранених зросла до шести.", Language.UK);
    assertThat(ms).hasSize(1);
    IncidentMention m = ms.get(0);
    assertThat(m.place().get().canonical()).isEqualTo("Херсон");
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(6));
    assertThat(m.history()).hasSize(1);
    assertThat(m.history().get(0).category()).isEqualTo("injured");
    assertThat(m.history().get(0).count()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(m.history().get(0).spans()).extracting(s -> s.text()).contains("троє");
  }

  @Test
  void theDeadRisingTo21InRussianKeepFourteenAsHistory() {
    List<IncidentMention> ms = ExtractedSentences.mentions("В результате ракетного удара по Белгороду погибли 14 человек."
        + "\n\nПозднее число погибших возросло до 21.", Language.RU);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(21));
    assertThat(ms.get(0).history()).extracting(IncidentMention.Revision::count).containsExactly(CasualtyCount.exactly(14));
  }

  @Test
  void theDeathTollRisingTo21InOneParagraphIsWrittenWithItsHistory() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A Russian missile strike on Dnipro killed 14 people on Friday, "
        + "officials said. By evening the death toll rose to 21.", Language.EN);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(21));
    String json = ExtractionJson.line(ms.get(0), "");
    assertThat(json).contains("\"history\":[{\"category\":\"killed\",\"count\":{\"min\":14,\"max\":14},\"spans\":[");
    assertThat(json).contains("\"text\":\"14\"");
  }

  @Test
  void aFigureNotRevisedWritesNoHistory() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A Russian drone attack on Sumy injured three people on Monday.",
        Language.EN);
    assertThat(ms.get(0).history()).isEmpty();
    assertThat(ExtractionJson.line(ms.get(0), "")).doesNotContain("history");
  }
}
