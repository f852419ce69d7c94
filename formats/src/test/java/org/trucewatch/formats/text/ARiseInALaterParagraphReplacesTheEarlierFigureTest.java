package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The number of injured rose to 12" in a later paragraph gives the same people's count anew: it
 * replaces the figure of the latest earlier mention at its place or at none, rather than adding to it;
 * a zero told of another strike is no figure it revises. Sentences written for this test.
 */
class ARiseInALaterParagraphReplacesTheEarlierFigureTest {
  private static int injured(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void sevenInjuredThenARiseToElevenAreEleven() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Росіяни вдарили ракетою по Дніпру.\n\n"
        + "Голова ОВА повідомив, що постраждали семеро людей.\n\n"
        + "Згодом кількість поранених у Дніпрі зросла до 11.", Language.UK);
    assertThat(injured(ms)).isEqualTo(11);
  }

  @Test
  void aZeroAtASecondStrikeIsNotWhatTheRiseRevises() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A glide bomb hit a bus station in Zaporizhzhia.\n\n"
        + "Five people were injured, the governor said.\n\n"
        + "A second bomb hit a clinic in Zaporizhzhia. There were no injuries there.\n\n"
        + "Later the number of injured in Zaporizhzhia rose to 9.", Language.EN);
    assertThat(injured(ms)).isEqualTo(9);
  }

  @Test
  void aRiseAtAnotherCityLeavesTheFirstCitysFigure() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian missiles hit Kharkiv and Odesa overnight.\n\n"
        + "In Kharkiv, four people were injured.\n\n"
        + "In Odesa, the number of injured rose to 6.", Language.EN);
    assertThat(injured(ms)).isEqualTo(10);
  }
}
