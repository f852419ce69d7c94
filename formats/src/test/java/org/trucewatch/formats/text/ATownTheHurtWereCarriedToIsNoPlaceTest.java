package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The town the hurt were evacuated or taken to hospital in is where they are treated, not where they were hit
 * ({@link CarriedTo}); a hospital that was hit is the place. Sentences written for this test.
 */
class ATownTheHurtWereCarriedToIsNoPlaceTest {
  private List<String> places(String text) {
    return ExtractedSentences.mentions(text).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void evacuatedToATownInRussian() {
    assertThat(places("Российские войска обстреляли Лисичанск, ранена женщина. Её эвакуировали в Краматорск."))
        .contains("Lysychansk").doesNotContain("Kramatorsk");
  }

  @Test
  void takenToTheHospitalOfATownInUkrainian() {
    assertThat(places("У Костянтинівці дрон атакував автомобіль, поранено двох людей. Постраждалих доправили до лікарні Краматорська."))
        .contains("Kostyantynivka").doesNotContain("Kramatorsk");
  }

  @Test
  void germanPutsTheVerbAfterTheTown() {
    assertThat(places("Russische Drohnen griffen Kupjansk an, ein Mann wurde verletzt und in ein Krankenhaus in Charkiw gebracht."))
        .contains("Kupyansk").doesNotContain("Kharkiv");
  }

  @Test
  void takenToAHospitalInEnglish() {
    assertThat(places("Russian shelling of Nikopol injured a man, who was taken to a hospital in Dnipro."))
        .contains("Nikopol").doesNotContain("Dnipro");
  }

  @Test
  void aHospitalThatWasHitIsThePlace() {
    assertThat(places("A Russian missile hit a hospital in Dnipro, injuring three people.")).containsExactly("Dnipro");
  }

  @Test
  void theHospitalOfTheTownNamedWithTheWordForTownInRussian() {
    assertThat(places("Противник обстрелял Марьинку, ранен мужчина. Его госпитализировали в больницу города Курахово."))
        .contains("Mar'yinka").doesNotContain("Kurakhove");
  }

  @Test
  void theShortenedWordForTownBeforeTheTownInRussian() {
    assertThat(places("В Марьинке от обстрела пострадала женщина. Она доставлена в больницу г. Курахово."))
        .contains("Mar'yinka").doesNotContain("Kurakhove");
  }

  @Test
  void aHospitalsDepartmentBetweenTheVerbAndTheHospitalInUkrainian() {
    assertThat(places("Росіяни обстріляли Костянтинівку, поранено жінку. Сусіди доставили її до травматологічного відділення лікарні у Краматорську."))
        .contains("Kostyantynivka").doesNotContain("Kramatorsk");
  }

  @Test
  void transportedByHelicopterInRussian() {
    assertThat(places("Под Шахтерском обстреляна колонна, погибли 12 военных. Раненых вертолетами транспортируют в Днепропетровск."))
        .doesNotContain("Dnipro");
  }
}
