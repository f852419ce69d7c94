package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "калибром 155 мм", "калібру 82 міліметри": a gun's calibre, no Kalibr cruise missile, which is
 * written with a capital ("«Калибры»"). Sentences from the development set (ids in the tests).
 */
class AGunsCalibreIsNoKalibrMissileTest {
  @Test
  void shellsOfACalibreAreArtillery() {
    // ru-011
    List<IncidentMention> ms = ExtractedSentences.mentions("Отметим, что сегодня утром ВСУ обстреляли Центрально-Городской "
        + "район Горловки. В ходе обстрела были использованы снаряда калибром 155 мм. В результате обстрела Горловки один "
        + "мирный житель погиб, два человека получили ранения.", Language.RU);
    assertThat(ExtractedSentences.means(ms)).containsExactly("artillery");
  }

  @Test
  void kalibrMissilesNamedWithACapitalAreMissiles() {
    // ru-l21
    List<IncidentMention> ms = ExtractedSentences.mentions("Для атаки на Белую Церковь враг применил «Калибры». К сожалению, "
        + "известно о двух погибших.", Language.RU);
    assertThat(ExtractedSentences.means(ms)).containsExactly("missile");
  }
}
