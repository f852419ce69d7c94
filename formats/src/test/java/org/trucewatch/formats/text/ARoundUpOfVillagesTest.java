package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A governor's round-up of the settlements under fire, listed by commas, with or without a closing "and". */
class ARoundUpOfVillagesTest {
  private static List<String> places(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.place().isPresent()).map(m -> m.place().get().canonical()).distinct().sorted().toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "За сутки под вражеским огнем оказались Белозерка, Камышаны, Берислав, Золотая Балка.|ru",
      "Обстрелам подверглись Белозерка, Камышаны, Берислав и Золотая Балка.|ru",
      "За добу під ворожим вогнем опинилися Білозерка, Комишани, Берислав, Золота Балка.|uk",
      "Обстрілів зазнали Білозерка, Комишани, Берислав та Золота Балка.|uk",
      "Россияне обстреляли Белозерку, Камышаны, Берислав, Золотую Балку.|ru"})
  void everySettlementOfTheRoundUpIsAPlace(String text, String language) {
    assertThat(places(ExtractedSentences.mentions(text, Language.parse(language))))
        .containsExactly("Берислав", "Білозерка", "Золота Балка", "Комишани");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Drones struck Robotyne, Zaporizhzhia, injuring two.|Роботине",
      "Die Angriffe trafen Kupjansk, Charkiw, zwei Menschen wurden verletzt.|Купянськ"})
  void aSettlementAndItsRegionAreNoRoundUp(String text, String place) {
    assertThat(places(ExtractedSentences.mentions(text))).containsExactly(place);
  }
}
