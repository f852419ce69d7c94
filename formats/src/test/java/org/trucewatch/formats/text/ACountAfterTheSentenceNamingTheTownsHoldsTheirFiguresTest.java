package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count whose sentence names no settlement is of the attack the sentence before it told: when that
 * sentence names two towns, what later paragraphs give for either is a part of the count.
 */
class ACountAfterTheSentenceNamingTheTownsHoldsTheirFiguresTest {
  @Test
  void aCountAfterTheTwoTownsShelledHoldsTheFiguresOfEach() {
    // en-x09
    List<IncidentMention> ms = ExtractedSentences.mentions("On the afternoon of Wednesday, 7 May, Russian forces shelled "
        + "Myrnohrad and Illinivka in the Donetsk region. As a result of the attacks, one person was killed and eight "
        + "others were wounded.\n\n"
        + "This was reported by the head of the Donetsk Regional Military Administration Vadym Filashkin in a telegram, "
        + "Censor.NET reports.\n\n"
        + "The enemy shelled Myrnohrad with artillery - 7 people were wounded there.\n\n"
        + "Russians dropped three bombs on Illinivka, killing a 51-year-old woman and injuring another local resident.",
        Language.EN);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(8);
  }

  @Test
  void aCountAfterTheTwoTownsInRussianHoldsTheFiguresOfEach() {
    // written for this test, after the construction of ru-s28
    List<IncidentMention> ms = ExtractedSentences.mentions("Российские военные обстреляли Торецк и Дружковку. В "
        + "результате атаки погибли пятеро мирных жителей, двое ранены.\n\n"
        + "В Торецке погибли трое мужчин.\n\nВ Дружковке погибли 2 женщины, двое ранены.", Language.RU);
    assertThat(killed(ms)).isEqualTo(5);
    assertThat(injured(ms)).isEqualTo(2);
  }

  @Test
  void aCountWhoseOwnSentenceNamesATownKeepsToIt() {
    // the sentence of the count names its own town: the town shelled before it is another strike's
    List<IncidentMention> ms = ExtractedSentences.mentions("Российские военные обстреляли Торецк и Дружковку. В Дружковке "
        + "погибли двое мирных жителей.\n\n"
        + "В Торецке погибли трое мужчин.", Language.RU);
    assertThat(killed(ms)).isEqualTo(5);
  }
}
