package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Під вогонь потрапили населені пункти Хрінівка та Сеньківка", "Под огонь попали": came under fire,
 * an attack on the places named, as "під вогнем" (under fire) is. Sentences written for this test.
 */
class CameUnderFireTest {
  @Test
  void ukrainianVillagesCameUnderFire() {
    assertThat(ExtractedSentences.mentions("Окупанти обстріляли прикордоння Чернігівщини. Під вогонь потрапили населені "
        + "пункти Хрінівка та Сеньківка.", Language.UK).stream().flatMap(m -> m.place().stream()).map(p -> p.name()))
        .contains("Khrinivka", "Senkivka");
  }

  @Test
  void russianCameUnderFire() {
    assertThat(ExtractedSentences.mentions("Вечером под огонь попало село Ольговка Херсонской области.", Language.RU)
        .stream().flatMap(m -> m.place().stream()).map(p -> p.name())).contains("Olhivka");
  }
}
