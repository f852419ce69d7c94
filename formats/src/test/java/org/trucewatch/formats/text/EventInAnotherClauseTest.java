package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence that tells of damage at one place and, in a clause of its own, at another ("в Великих
 * Копанях разрушен дом, а в Каховке сгорел объект") names two event places; a place in a clause
 * without an event word does not become one. Sentences written for this test.
 */
class EventInAnotherClauseTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void aHouseDestroyedInOneTownAndAFireInAnother() {
    assertThat(places("Украинские войска обстреляли левобережье из артиллерии. В Алешках разрушен жилой дом, а в Каховке "
        + "сгорел склад.", Language.RU)).containsExactly("Kakhovka", "Oleshky");
  }

  @Test
  void ukrainianToo() {
    assertThat(places("Росіяни атакували Херсонщину дронами. У Білозерці пошкоджено будинок, а в Станіславі зруйновано "
        + "магазин.", Language.UK)).containsExactly("Bilozerka", "Stanislav");
  }

  @Test
  void aClauseWithoutAnEventWordNamesNoEventPlace() {
    assertThat(places("Российские войска обстреляли Херсон из артиллерии, как сообщил глава администрации, который "
        + "находится в Николаеве.", Language.RU)).containsExactly("Kherson");
  }
}
