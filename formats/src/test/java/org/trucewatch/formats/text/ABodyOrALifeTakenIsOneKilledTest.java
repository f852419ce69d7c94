package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A body found or a life taken, of one person told without a number, is one killed: "die Leiche einer
 * Frau geborgen", "found the body of a man", "тіло чоловіка дістали", "забрав життя жінки", "den Tod eines
 * Mannes". Sentences written for this test.
 */
class ABodyOrALifeTakenIsOneKilledTest {
  private CasualtyCount killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().killed();
  }

  @Test
  void aBodyRecoveredInGermanIsOneKilled() {
    assertThat(killed("In Cherson haben Retter nach dem Beschuss die Leiche einer Frau aus den Trümmern geborgen."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aBodyFoundInEnglishIsOneKilled() {
    assertThat(killed("Rescuers in Kherson found the body of a 63-year-old man under the rubble after the shelling."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aBodyInUkrainianIsOneKilled() {
    assertThat(killed("Після обстрілу Херсона рятувальники дістали з-під завалів тіло чоловіка."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aLifeTakenInUkrainianIsOneKilled() {
    assertThat(killed("Обстріл Нікополя забрав життя жінки, повідомив голова ОВА."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theDeathOfAManInGermanIsOneKilled() {
    assertThat(killed("Der Angriff auf Cherson forderte den Tod eines 52-jährigen Mannes."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theBodyOfTheManToldBeforeIsNoOneMore() {
    assertThat(killed("In Cherson ist ein Mann bei dem Beschuss getötet worden. Die Leiche des Mannes wurde geborgen."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aBodyAmongCountedDeadIsNoOneMore() {
    assertThat(killed("In Cherson starben drei Menschen. Retter bargen die Leiche einer Frau aus den Trümmern."))
        .isEqualTo(CasualtyCount.exactly(3));
  }
}
