package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "N more ... in all M": a paragraph's total that names no place, of its own "more" and of the count
 * an earlier paragraph gave, holds both (M = the earlier count + N), not the "more" alone. Sentences
 * written for this test.
 */
class AnUnplacedTotalOfMoreHoldsTheEarlierParagraphsCountTest {
  @Test
  void threeMoreAndNineInAllAfterSixInjuredAreNine() {
    List<IncidentMention> ms = ExtractedSentences.mentions("В результате обстрела города Ясиноватая ранения получили "
        + "шесть человек.\n\n«К сожалению, ещё три человека получили ранения в результате обстрела г. Ясиноватая. Общее "
        + "количество раненых за сегодня — девять человек», — констатировал чиновник.", Language.RU);
    assertThat(injured(ms)).isEqualTo(9);
  }

  @Test
  void twoMoreAndSixInAllAfterFourInjuredAreSix() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Внаслідок обстрілу Нікополя поранення дістали четверо людей."
        + "\n\nЗгодом стало відомо, що ще двоє людей отримали поранення у Нікополі. Загалом поранено шість людей.",
        Language.UK);
    assertThat(injured(ms)).isEqualTo(6);
  }

  @Test
  void aTotalOfItsOwnPartsAloneLeavesTheEarlierStrikeApart() {
    // 2 + 3 = 5 is the total; the four of the other strike before are not in it
    List<IncidentMention> ms = ExtractedSentences.mentions("Внаслідок обстрілу Нікополя поранення дістали четверо людей."
        + "\n\nУвечері ворог атакував Марганець: ще двоє людей отримали поранення, ще троє поранені у Червоногригорівці. "
        + "Загалом поранено п'ятеро людей.", Language.UK);
    assertThat(injured(ms)).isEqualTo(9);
  }
}
