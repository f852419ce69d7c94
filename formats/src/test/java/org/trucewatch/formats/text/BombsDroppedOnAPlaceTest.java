package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * German "abgeworfen", "warf ... ab" (dropped, of bombs) is an attack on the place it names, as
 * Ukrainian "скинули" is. Sentences written for this test.
 */
class BombsDroppedOnAPlaceTest {
  @Test
  void bombsDroppedOnAVillageInTheSentenceAfterTheDeath() {
    assertThat(ExtractedSentences.mentions("Im Landkreis Polohy der Region Saporischschja kam ein 62-Jähriger ums Leben. "
        + "Russland habe die Sprengsätze auf das Dorf Uspeniwka abgeworfen.", Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Uspenivka");
  }

  @Test
  void theRegionsProsecutorIsNoPlace() {
    // "warfen ... ab" makes the sentence an event's; "der Staatsanwaltschaft Donezk" is who speaks, not Donetsk
    assertThat(ExtractedSentences.mentions("Nach Angaben der Staatsanwaltschaft Donezk warfen die Russen drei Gleitbomben "
        + "auf Kostjantyniwka ab. Vier Menschen wurden verletzt.", Language.DE).stream().flatMap(m -> m.place().stream())
        .map(p -> p.name())).doesNotContain("Donetsk").contains("Kostyantynivka");
  }
}
