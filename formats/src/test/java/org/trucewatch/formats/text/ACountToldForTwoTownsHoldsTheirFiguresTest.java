package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The account's totals at a settlement: one count told for two towns holds what later paragraphs give
 * for either; a settlement's total holds the figures a later paragraph places only at its region.
 * Sentences written for this test.
 */
class ACountToldForTwoTownsHoldsTheirFiguresTest {
  @Test
  void aCountForTwoTownsHoldsTheFiguresOfEach() {
    List<IncidentMention> ms = ExtractedSentences.mentions("У Покровську та Мирнограді через російські удари загинули "
        + "троє людей, ще восьмеро були поранені, повідомив начальник обласної військової адміністрації.\n\n"
        + "У Мирнограді окупанти вдарили по автобусній зупинці – поранено 5 людей.\n\n"
        + "На Покровськ ворог скинув авіабомбу: загинули троє людей, ще троє поранені.", Language.UK);
    assertThat(killed(ms)).isEqualTo(3);
    assertThat(injured(ms)).isEqualTo(8);
  }

  @Test
  void aCountForTwoTownsInRussianHoldsTheFiguresOfEach() {
    List<IncidentMention> ms = ExtractedSentences.mentions("За сутки в результате обстрелов Торецка и Дружковки погибли "
        + "пятеро мирных жителей, двое ранены.\n\n"
        + "В Торецке погибли трое мужчин.\n\nВ Дружковке погибли 2 женщины, двое ранены.", Language.RU);
    assertThat(killed(ms)).isEqualTo(5);
    assertThat(injured(ms)).isEqualTo(2);
  }

  @Test
  void aFigurePlacedAtTheRegionOfTheTownsStrikeIsAPartOfIt() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Российские войска накануне нанесли удар по Изюму. Погиб один "
        + "местный житель, двое получили ранения.\n\n"
        + "Как сообщили в полиции Харьковской области, дрон попал в частный дом. Погиб мужчина, его жена была ранена.",
        Language.RU);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(2);
  }
}
