package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Ukrainian town in -ськ, -цьк gives no form in -е ("Первомайське" is a village of that name, a neuter adjective,
 * never a case of Первомайськ: Ukrainian says "у Первомайську"); the Russian spelling keeps its locative ("в
 * Первомайске"), and other masculine names theirs.
 */
class TheNeuterAdjectiveIsNoCaseOfATownInSkTest {
  @Test
  void theUkrainianTownInSkHasNoFormInE() {
    assertThat(CyrillicDeclension.forms("Первомайськ")).contains("первомайську").doesNotContain("первомайське");
    assertThat(CyrillicDeclension.forms("Донецьк")).contains("донецька").doesNotContain("донецьке");
  }

  @Test
  void theRussianSpellingKeepsItsLocative() {
    assertThat(CyrillicDeclension.forms("Первомайск")).contains("первомайске");
  }

  @Test
  void theVillageIsFoundByItsOwnName() {
    assertThat(Gazetteer.bundled().byInflectedWord("Первомайське")).allMatch(p -> !p.name().equals("Pervomaysk"));
  }
}
