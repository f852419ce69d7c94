package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fire the attack set ("в Белозерке сгорел жилой дом", "у Станіславі згоріла хата", "in Cherson
 * brannte ein Lagerhaus aus") is damage, and its place an event's place, as "разрушен дом" is.
 * Sentences written for this test.
 */
class FireSetByTheAttackTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aHouseBurntDownInAVillageOfTheShelledRegion() {
    assertThat(places("Российские войска обстреляли Херсонскую область из артиллерии. В Белозерке сгорел жилой дом.",
        Language.RU)).containsExactly("Bilozerka");
  }

  @Test
  void ukrainianToo() {
    assertThat(places("Росіяни атакували Херсонщину дронами. У Білозерці згоріла хата, виникла пожежа.", Language.UK))
        .containsExactly("Bilozerka");
  }

  @Test
  void andGerman() {
    assertThat(places("Russische Drohnen griffen das Gebiet Cherson an. In Biloserka brannte ein Lagerhaus aus.", Language.DE))
        .containsExactly("Bilozerka");
  }
}
