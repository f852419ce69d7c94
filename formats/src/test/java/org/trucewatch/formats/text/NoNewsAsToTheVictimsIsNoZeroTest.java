package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "Поки що інформації щодо постраждалих немає" says nothing is known yet of the victims, as "інформації про
 * постраждалих немає" does: no figure, not a zero; "постраждалих немає" alone stays a zero.
 */
class NoNewsAsToTheVictimsIsNoZeroTest {
  @Test
  void noNewsAsToTheVictimsIsNoZero() {
    // uk-x40
    List<IncidentMention> ms = ExtractedSentences.mentions("Росіяни атакували Чугуїв безпілотниками. Поки що інформації щодо "
        + "постраждалих немає.", Language.UK);
    assertThat(ms).allSatisfy(m -> {
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.UNKNOWN);
    });
  }

  @Test
  void noVictimsAloneIsStillZero() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Росіяни атакували Чугуїв безпілотниками. Постраждалих немає.", Language.UK);
    assertThat(ms).anySatisfy(m -> assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.NONE));
  }
}
