package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure said to be more of its kind ("a further four", "five others", "также") adds its people to
 * the figure told before it at its place; a word of more after a figure of the other kind only joins
 * the two, and one without a verb of its own says nothing of the hurt. Sentences written for this test.
 */
class AFurtherFigureAddsToThePlacesFigureTest {
  @Test
  void aFurtherFourInjuredAreFourMore() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A Russian missile hit a grain terminal in Izmail overnight, killing two "
        + "workers, and five others were injured. A further four people, drivers waiting at the gate, were injured by debris.",
        Language.EN);
    assertThat(killed(ms)).isEqualTo(2);
    assertThat(injured(ms)).isEqualTo(9);
  }

  @Test
  void fiveOthersInjuredElsewhereAreFiveMore() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian shelling of Kupiansk injured eight people on Sunday, while three "
        + "others were injured in the shelling of villages nearby, the governor said.", Language.EN);
    assertThat(injured(ms)).isEqualTo(11);
  }

  @Test
  void aManWhoAlsoDiedIsASecondDead() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Артиллерия обстреляла частный сектор Горловки. Во дворе своего дома "
        + "осколками убит мужчина 60 лет. В соседнем доме осколок попал в пенсионера - он также скончался.", Language.RU);
    assertThat(killed(ms)).isEqualTo(2);
  }

  @Test
  void othersAfterTheDeadAreOnlyTheInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A drone struck a bus in Kherson, killing one passenger, and seven others "
        + "were injured.", Language.EN);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(7);
  }

  @Test
  void moreWhoMayBeTrappedAreNoMoreInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian forces shelled Pokrovsk. At least 6 people were injured and 3 more "
        + "may be trapped under the rubble.", Language.EN);
    assertThat(injured(ms)).isEqualTo(6);
  }
}
