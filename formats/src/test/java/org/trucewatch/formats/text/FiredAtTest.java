package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "стреляли по Рубежному, Попасной", "стріляли по Рубіжному": fired at, so the places after "по"
 * are the targets, as after "обстреляли". Sentences written for this test.
 */
class FiredAtTest {
  @Test
  void russianFiredAtAListOfTowns() {
    assertThat(ExtractedSentences.mentions("Погибли 4 человека. По словам главы администрации, вчера российские военные "
        + "стреляли по Рубежному, Попасной и Лисичанску.", Language.RU).stream().flatMap(m -> m.place().stream())
        .map(p -> p.name())).contains("Rubizhne", "Popasna", "Lysychansk");
  }

  @Test
  void ukrainianFiredAtATown() {
    assertThat(ExtractedSentences.mentions("Загинули двоє людей. Окупанти вночі стріляли по Попасній з артилерії.",
        Language.UK).stream().flatMap(m -> m.place().stream()).map(p -> p.name())).contains("Popasna");
  }

  @Test
  void firingWithoutATargetNamesNoPlace() {
    // "стреляли" with no "по" is no attack on a place: the village named as where people live stays out
    assertThat(ExtractedSentences.mentions("Жители Метелкино рассказали, что ночью где-то стреляли.", Language.RU).stream()
        .flatMap(m -> m.place().stream())).isEmpty();
  }
}
