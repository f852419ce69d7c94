package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later paragraph's figure that names no place and counts at least what the earlier paragraphs
 * counted at their places is the story's count told again as a whole (a summary, a quote, an
 * update), not more people; a later paragraph that names its own place is another incident.
 * Sentences written for this test.
 */
class ALaterUnplacedCountOfAllIsTheirTotalTest {
  @Test
  void aSummaryAfterTheVillagesIsTheirSum() {
    List<IncidentMention> ms = ExtractedSentences.mentions("In the village of Kozacha Lopan, a local resident was injured by "
        + "artillery fire.\n\nThe occupiers hit Vovchansk with guided bombs. Two people were injured.\n\n"
        + "Casualties: 3 wounded.", Language.EN);
    assertThat(injured(ms)).isEqualTo(3);
  }

  @Test
  void anUpdateAfterTheFirstReportIsTheCount() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Утром ВСУ обстреляли из артиллерии Горловку, ранены два мирных "
        + "жителя.\n\nПо уточненным данным, погиб один человек, ранены пятеро.", Language.RU);
    assertThat(killed(ms)).isEqualTo(1);
    assertThat(injured(ms)).isEqualTo(5);
  }

  @Test
  void aLaterParagraphAtItsOwnPlaceIsAnotherIncident() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A drone hit a house in Nikopol, two people were injured.\n\n"
        + "In Marhanets, three people were injured by artillery shelling.", Language.EN);
    assertThat(injured(ms)).isEqualTo(5);
  }
}
