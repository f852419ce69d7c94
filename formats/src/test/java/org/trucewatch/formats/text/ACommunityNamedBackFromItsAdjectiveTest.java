package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English turns a community's adjective back into a name in "-ivka" ("Starokostiantynivka hromada" for
 * Старокостянтинівська громада, "Myrivka hromada" for Мирівська): its seat may end in "-iv" or "-ove" too, and is the
 * one in the text's oblast. Sentences written for this test.
 */
class ACommunityNamedBackFromItsAdjectiveTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theHromadaOfATownInIv() {
    assertThat(places("Russian troops attacked Khmelnytskyi Oblast overnight. A missile strike hit a private house in the "
        + "Starokostiantynivka hromada; a woman was injured.", Language.EN)).containsExactly("Starokostyantyniv");
  }

  @Test
  void theHromadaOfAVillageInOve() {
    assertThat(places("Russian troops attacked Dnipropetrovsk Oblast again. On Sunday artillery shelled the "
        + "Myrivka hromada, wounding a man.", Language.EN))
        .containsExactly("Myrove");
  }
}
