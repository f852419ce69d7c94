package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With no oblast named, a town whose namesakes lie both far from the front and at it is the one at the front: "обстріляли
 * Золочів" is Zolochiv of Kharkiv oblast, not the larger Zolochiv of Lviv oblast; a named oblast still decides.
 * Sentences written for this test.
 */
class AShelledTownIsItsNamesakeAtTheFrontTest {
  private static List<String> regions(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name() + " " + p.region()).distinct().sorted().toList();
  }

  @Test
  void theShelledTownIsTheOneAtTheFront() {
    assertThat(regions("Вранці окупанти обстріляли Золочів з артилерії, поранено жінку.", Language.UK))
        .containsExactly("Zolochiv UA-63");
  }

  @Test
  void soInRussian() {
    assertThat(regions("В Золочеве россияне ранили двух человек.", Language.RU)).containsExactly("Zolochiv UA-63");
  }

  @Test
  void aNamedOblastStillDecides() {
    assertThat(regions("У Золочеві на Львівщині уламки дрона пошкодили будинок, поранено чоловіка.", Language.UK))
        .containsExactly("Zolochiv UA-46");
  }
}
