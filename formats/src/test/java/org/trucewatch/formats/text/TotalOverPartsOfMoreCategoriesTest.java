package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A region's total of one category over places that give that category and others ("sieben
 * Zivilisten getötet" over Kramatorsk's four dead and twelve injured and Pokrovsk's three dead) is
 * their total, and holds the places' other figures; a figure of another region is no part of it.
 */
class TotalOverPartsOfMoreCategoriesTest {
  private List<IncidentMention> extract(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  private static int sum(List<IncidentMention> ms, boolean killed) {
    int n = 0;
    for (IncidentMention m : ms) {
      CasualtyCount c = killed ? m.claim().casualties().killed() : m.claim().casualties().injured();
      if (m.claim().scope() != CasualtyScope.PART && !c.equals(CasualtyCount.UNKNOWN)) {
        n += c.min();
      }
    }
    return n;
  }

  @Test
  void aRegionsDeathTollOverTownsWithDeadAndInjured() {
    List<IncidentMention> ms = extract("Bei russischen Angriffen in der Region Donezk sind sieben Zivilisten getötet worden. "
        + "In Kramatorsk starben vier Menschen, zwölf wurden verletzt. In Pokrowsk kamen drei Menschen ums Leben.\n\n"
        + "In der Region Charkiw wurden zwei Menschen getötet.", Language.DE);
    assertThat(sum(ms, true)).isEqualTo(9); // seven in the Donetsk region, two in the Kharkiv region
    assertThat(sum(ms, false)).isEqualTo(12);
    assertThat(ms).filteredOn(m -> m.claim().place().admin1().equals("UA-63"))
        .allSatisfy(m -> assertThat(m.claim().scope()).isNotEqualTo(CasualtyScope.PART));
  }

  @Test
  void englishRoundUpOfARegion() {
    List<IncidentMention> ms = extract("Russian attacks on the Donetsk region killed six civilians, the governor said. "
        + "In Kostiantynivka, a glide bomb killed four people and wounded nine; two more people were killed in Druzhkivka.",
        Language.EN);
    assertThat(sum(ms, true)).isEqualTo(6);
    assertThat(sum(ms, false)).isEqualTo(9);
  }
}
