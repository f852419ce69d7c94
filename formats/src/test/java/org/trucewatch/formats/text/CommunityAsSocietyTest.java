package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian versions of Ukrainian news put громада word for word as "общество" ("по Марганецкому
 * обществу"): a community, placed at its seat as "Марганецкой общине" is. Sentences written for this
 * test.
 */
class CommunityAsSocietyTest {
  private static List<String> places(String text) {
    return ExtractedSentences.mentions(text, Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theArtilleryHitTheMarhanetsCommunity() {
    assertThat(places("Враг обстрелял Марганецкое общество из тяжелой артиллерии, ранена женщина.")).containsExactly("Marhanets");
  }

  @Test
  void inTheDativeToo() {
    assertThat(places("Россияне ударили дроном по Марганецкому обществу, пострадал мужчина.")).containsExactly("Marhanets");
  }
}
