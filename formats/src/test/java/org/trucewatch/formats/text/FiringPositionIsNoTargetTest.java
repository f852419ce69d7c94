package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A settlement named as the shooters' position ("с позиций в Красногоровке", "з позицій у
 * Горлівці", "from positions near Horlivka") is where the fire came from, not where it hit.
 * Sentences written for this test.
 */
class FiringPositionIsNoTargetTest {
  private static List<String> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).distinct().sorted().toList();
  }

  @Test
  void theShellsFellOnTheCityNotOnTheTownTheyCameFrom() {
    assertThat(places("Подразделения ВСУ с позиций в Красногоровке обстреляли Донецк, ранены три мирных жителя.", Language.RU))
        .containsExactly("Donetsk");
  }

  @Test
  void ukrainianToo() {
    assertThat(places("Окупанти з позицій у Горлівці обстріляли Торецьк, поранено жінку.", Language.UK))
        .containsExactly("Toretsk");
  }

  @Test
  void fireAtPositionsNearATownFellNearIt() {
    assertThat(places("Russian forces fired artillery at Ukrainian positions near Toretsk, injuring a man.", Language.EN))
        .containsExactly("Toretsk");
  }

  @Test
  void andEnglish() {
    assertThat(places("Russian forces fired from positions near Horlivka at Toretsk, injuring a man.", Language.EN))
        .containsExactly("Toretsk");
  }
}
