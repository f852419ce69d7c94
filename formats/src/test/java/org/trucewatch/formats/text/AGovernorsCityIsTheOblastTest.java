package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A governor heads an oblast: the city's name in his title ("the Kharkiv governor", "the governor of Zaporizhzhia",
 * "der Gouverneur von Saporischschja") is the oblast's, not a place of the event. Sentences written for this test.
 */
class AGovernorsCityIsTheOblastTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theKharkivGovernorSpeaksForTheOblast() {
    assertThat(places("Russian shelling killed a 65-year-old man in Izium on Sunday, the Kharkiv governor said on Telegram.",
        Language.EN)).containsExactly("Izyum");
  }

  @Test
  void theGovernorOfACityNamedOblastToo() {
    assertThat(places("Drones attacked Berdiansk overnight, according to the Russian-installed governor of Zaporizhzhia, "
        + "who said two people were wounded.", Language.EN)).containsExactly("Berdyansk");
  }

  @Test
  void germanGouverneurVon() {
    assertThat(places("In Orichiw wurde bei einem Artillerieangriff eine Frau verletzt, teilte der Gouverneur von "
        + "Saporischschja mit.", Language.DE)).containsExactly("Orikhiv");
  }

  @Test
  void aMayorStaysInHisCity() {
    assertThat(places("A drone hit a house in Kharkiv, injuring three people, the Kharkiv mayor said.", Language.EN))
        .containsExactly("Kharkiv");
  }
}
