package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A casualty verb before its number keeps it across a hedge ("по меньшей мере", "at least") or a
 * hedging aside between commas ("убив, по предварительным данным, двух человек"). Sentences
 * written for this test.
 */
class HedgeBetweenVerbAndNumberTest {
  private List<IncidentMention> mentions(String text) {
    return ExtractedSentences.mentions(text);
  }

  private static IncidentMention only(List<IncidentMention> ms) {
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void atLeastBetweenTheVerbAndTheNumber() {
    IncidentMention ru = only(mentions("После ракетного удара по Одессе погибли три человека, ранены по меньшей мере десять."));
    assertThat(ru.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(ru.claim().casualties().injured()).isEqualTo(CasualtyCount.atLeast(10));
    IncidentMention uk = only(mentions("Після ракетного удару по Одесі загинули троє людей, поранено щонайменше десятьох."));
    assertThat(uk.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(uk.claim().casualties().injured()).isEqualTo(CasualtyCount.atLeast(10));
    IncidentMention en = only(mentions("A missile strike on Odesa killed three people and injured at least ten."));
    assertThat(en.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(en.claim().casualties().injured()).isEqualTo(CasualtyCount.atLeast(10));
  }

  @Test
  void aHedgingAsideBetweenTheVerbAndTheNumber() {
    IncidentMention ru = only(mentions("Войска обстреляли Никополь из артиллерии, убив, по предварительным данным, двух "
        + "человек и ранив еще пятерых."));
    assertThat(ru.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(ru.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(5));
  }
}
