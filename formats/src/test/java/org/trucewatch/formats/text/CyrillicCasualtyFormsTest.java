package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Ukrainian and Russian say who was hurt with the injury noun in any case ("травму", "травмами"),
 * with contusions, with the active verb ("ранило женщину", "поранило чоловіка") or its gerund
 * ("убив ... и ранив"), and name one person as "людина" or "потерпілий"; shelling is often
 * "артобстріл". Sentences written for this test.
 */
class CyrillicCasualtyFormsTest {
  private List<IncidentMention> mentions(String text) {
    return ExtractedSentences.mentions(text);
  }

  private static CasualtyCount injured(List<IncidentMention> ms) {
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void theInjuryNounInTheAccusativeIsAnInjury() {
    assertThat(injured(mentions("Вранці окупанти обстріляли Куп'янськ. Важку травму отримав 64-річний пенсіонер.")))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured(mentions("Утром оккупанты обстреляли Купянск. Тяжелую травму получил 64-летний пенсионер.")))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aContusionIsAnInjury() {
    assertThat(injured(mentions("Ворог скинув вибухівку з дрона на Берислав, чоловік дістав контузію.")))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured(mentions("Противник сбросил взрывчатку с дрона на Берислав, мужчина получил контузию.")))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theActiveVerbOfWoundingCountsItsObject() {
    assertThat(injured(mentions("Під час обстрілу Херсона уламками поранило жінку.")))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured(mentions("При обстреле Херсона осколками ранило женщину.")))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theVictimInTheSingularIsOnePerson() {
    assertThat(injured(mentions("Дрон атакував авто біля Ізюма. Потерпілий зазнав травми руки.")))
        .isEqualTo(CasualtyCount.exactly(1));
    assertThat(injured(mentions("Дрон атаковал автомобиль возле Изюма. Потерпевший получил травмы руки.")))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aHumanBeingInTheSingularIsOneKilled() {
    List<IncidentMention> ms = mentions("Окупанти обстріляли Оріхів з артилерії. Загинула людина.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void artilleryShellingWrittenAsOneWordIsAnAttack() {
    List<IncidentMention> ms = mentions("Вчора артобстріл Чугуєва пошкодив два будинки. Був поранений 40-річний чоловік.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(ms.get(0).claim().means()).contains("artillery");
  }
}
