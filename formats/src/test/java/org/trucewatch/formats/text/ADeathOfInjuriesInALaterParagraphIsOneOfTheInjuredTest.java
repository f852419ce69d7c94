package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later paragraph that tells one of the injured died of the injuries (or in hospital) moves them from
 * the earlier paragraph's injured to the killed; another person, or a death the earlier paragraph
 * already counted, is not taken off. Sentences written for this test.
 */
class ADeathOfInjuriesInALaterParagraphIsOneOfTheInjuredTest {
  @Test
  void oneOfTheTwoMenLaterDiedOfHisInjuries() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Російські війська атакували дроном Степногірськ. Поранені "
        + "40-річний та 62-річний чоловіки.\n\nЗгодом стало відомо, що один із чоловіків помер від отриманих травм.", Language.UK);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(1);
  }

  @Test
  void oneOfThreeWoundedDiedInHospitalTheNextDay() {
    List<IncidentMention> ms = ExtractedSentences.mentions("ВСУ обстреляли из артиллерии Горловку, ранены три мирных жителя."
        + "\n\nНа следующий день один из раненых скончался в больнице.", Language.RU);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(2);
  }

  @Test
  void aDeathTheLeadAlreadyCountedIsNotTakenOffAgain() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A Russian drone struck Nikopol, killing one man and injuring two "
        + "women.\n\nThe man died in hospital of his injuries, the governor said.", Language.EN);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(2);
  }

  @Test
  void anotherManWhoDiedOfInjuriesIsOneMore() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian artillery shelled Kherson. Two people were injured.\n\n"
        + "Another man died of his injuries in hospital.", Language.EN);
    assertThat(injured(ms)).isEqualTo(2);
  }
}
