package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "в результате полученных ранений мужчина в возрасте 50 лет скончался": wounds named as what a death
 * came of, after "в результате", are no injured figure, though the man's age stands between them and the
 * death. Sentences written for this test.
 */
class WoundsAsAResultOfWhichAManDiedAreNoInjuredTest {
  @Test
  void aManWhoDiedAsAResultOfHisWoundsIsOneKilledAndNoInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Артиллерия ВСУ ударила по частному сектору Донецка. Хозяин "
        + "дома был во дворе, и в результате полученных ранений мужчина в возрасте 64 лет скончался на месте.", Language.RU);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(1);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isZero();
  }

  @Test
  void woundsWithNoDeathAfterThemStayInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Артиллерия ВСУ ударила по Донецку. В результате обстрела "
        + "ранения получил мужчина.", Language.RU);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(1);
  }
}
