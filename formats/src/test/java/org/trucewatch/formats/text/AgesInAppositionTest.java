package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * The ages of counted people set off by dashes belong to the count: before the verb ("Дві жінки —
 * 61 і 52 років — зазнали травм") the number still reaches its verb; after the figure
 * ("Постраждали двоє людей — чоловіки 41 і 23 років") the list is the same people, not two more.
 * Sentences written for this test.
 */
class AgesInAppositionTest {
  private CasualtyCount injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void agesBetweenDashesBeforeTheVerb() {
    assertThat(injured("Ворог обстріляв Балаклію з артилерії. Дві жінки — 45 і 80 років — зазнали травм."))
        .isEqualTo(CasualtyCount.exactly(2));
    assertThat(injured("Противник обстрелял Балаклею из артиллерии. Две женщины — 45 и 80 лет — получили ранения."))
        .isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void agesAfterTheFigureAreItsPeople() {
    assertThat(injured("Ворог обстріляв Балаклію з артилерії. Поранено трьох людей — чоловіки 19, 33 і 57 років."))
        .isEqualTo(CasualtyCount.exactly(3));
    assertThat(injured("Противник обстрелял Балаклею из артиллерии. Ранены три человека — мужчины 19, 33 и 57 лет."))
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void aListOfAgesWithNoNumberBeforeItStillCountsItsPeople() {
    assertThat(injured("Ворог обстріляв Балаклію з артилерії. Постраждали чоловіки 19, 33 і 57 років."))
        .isEqualTo(CasualtyCount.exactly(3));
  }
}
