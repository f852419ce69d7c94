package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town's name alone in quotation marks names a unit, firm or ship called after it ("боевики
 * «Азова»"), not the town; a quoted city section ("“Korabel” microdistrict") stays in its city.
 */
class QuotedNameIsNoPlaceTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.canonical()).toList();
  }

  @Test
  void aUnitNamedAfterATownIsNoPlace() {
    assertThat(places("Снаряд попал в жилой дом в Изюме, обстрел вели боевики «Азова», ранены двое.", Language.RU))
        .contains("Ізюм").doesNotContain("Азов");
  }

  @Test
  void theTownWithoutQuotesStaysAPlace() {
    assertThat(places("Снаряд попал в жилой дом в Азове, ранены двое.", Language.RU)).contains("Азов");
  }

  @Test
  void aQuotedCitySectionStays() {
    assertThat(places("A 19-year-old was injured when shells hit the \"Korabel\" microdistrict of Kherson.", Language.EN))
        .isNotEmpty();
  }
}
