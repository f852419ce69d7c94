package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person taken to hospital after an attack is hurt ("a 62-year-old man was hospitalized", "ins
 * Krankenhaus eingeliefert", "госпіталізували", "доставили в больницу"), in all four languages; one
 * the figures before already counted is told again, and "without hospitalisation" is no wording of
 * it. Sentences written for this test.
 */
class TakenToHospitalTest {
  private static CasualtyCount injured(String text) {
    return injured(text, null);
  }

  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = language == null ? ExtractedSentences.mentions(text) : ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void aManHospitalisedAfterAnAttackIsOneInjured() {
    assertThat(injured("A Russian shell landed in a cemetery in Kherson. A 62-year-old man was hospitalized."))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Im Dorf Kizomys schlugen russische Granaten ein Privathaus ein. Ein 60-jähriger Mann wurde in mäßigem "
        + "Zustand ins Krankenhaus eingeliefert.", Language.DE)).isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Дрон атакував Чернігів. 21-річного цивільного хлопця госпіталізували.")).isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Обстрел Ольговки. Мужчину 60 лет доставили в больницу.")).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theWoundedManTakenToHospitalIsCountedOnce() {
    assertThat(injured("Russian shelling hit Kherson. A 62-year-old man was wounded and taken to hospital."))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Дрон атакував Чернігів. Поранено чоловіка, його госпіталізували.")).isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured("Russische Drohnen griffen Cherson an. Zwei Männer wurden verletzt und ins Krankenhaus gebracht."))
        .isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void helpWithoutHospitalisationIsNoSecondPerson() {
    assertThat(injured("Дрон вдарив по Дружбівці. Постраждав 62-річний чоловік. Йому надали допомогу на місці, без госпіталізації."))
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
