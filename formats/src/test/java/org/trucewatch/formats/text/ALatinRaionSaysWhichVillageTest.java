package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A raion named in Latin script apart from the village, in another sentence or paragraph ("ein Dorf im Landkreis
 * Polohiw", "the Zaporizhzhia district"), gives its oblast as a Ukrainian raion mention does: the village's namesake
 * there is meant, not the larger one elsewhere. Sentences written for this test.
 */
class ALatinRaionSaysWhichVillageTest {
  @Test
  void aGermanRaionByItsAdjectiveInTheParagraphBefore() {
    assertThat(regions("Russische Truppen haben ein Dorf im Landkreis Polohiw mit Gleitbomben angegriffen.\n"
        + "Im Dorf Omelnyk wurde eine Frau verletzt, teilte die Militärverwaltung mit.", Language.DE))
        .containsOnly("UA-23"); // the Omelnyk of Zaporizhzhia Oblast, not the larger one of Poltava Oblast
  }

  @Test
  void anEnglishRaionByItsCentre() {
    assertThat(regions("The enemy is shelling the Zaporizhzhia district again. Russian drones attacked Bilenke, "
        + "injuring a woman.", Language.EN)).containsOnly("UA-23"); // not the larger Bilenke of Donetsk Oblast
  }

  @Test
  void withoutTheRaionTheLargerNamesakeIsMeant() {
    assertThat(regions("Russian drones attacked Bilenke, injuring a woman.", Language.EN)).containsOnly("UA-14");
  }

  private static Stream<String> regions(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream().flatMap(m -> m.place().stream()).map(p -> p.region());
  }
}
