package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town's works named by the town's adjective ("Одесский порт", "Кременчугская ТЭЦ") stand in the town
 * ({@link FacilityTown}); a nuclear power station named after its oblast does not. Sentences written for this test.
 */
class ATownsWorksNamedByItsAdjectiveStandInItTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void thePortOfATown() {
    assertThat(places("Днём по Одесскому морскому порту был нанесён ракетный удар, ранены двое портовых рабочих."))
        .containsExactly("Odesa");
  }

  @Test
  void aPlantAbbreviated() {
    assertThat(places("Ночью ракеты ударили в Кременчугскую ТЭЦ, один человек погиб.")).containsExactly("Kremenchuk");
  }

  @Test
  void aNuclearPowerStationIsNotInTheCityOfItsName() {
    assertThat(places("Дрон атаковал учебный центр Запорожской АЭС, пострадавших нет.")).doesNotContain("Zaporizhzhia");
  }
}
