package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "староста одного із сіл", "one of the households": a number that is one of some things is no count
 * of people; "двоє з них", "one of the injured" still are. Sentences written for this test.
 */
class OneOfTheVillagesIsNoPersonTest {
  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void theHeadOfOneOfTheVillagesHurtIsNoFigureOfOne() {
    assertThat(injured("Росіяни атакували Сумщину, постраждав староста одного з сіл.", Language.UK)).isZero();
  }

  @Test
  void twoOfThemHurtAreStillTwo() {
    assertThat(injured("Росіяни атакували Суми, постраждали двоє з них.", Language.UK)).isEqualTo(2);
  }

  @Test
  void twoOfOurFellowResidentsAreStillPeople() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russians shelled Kherson, killing two of our fellow residents.",
        Language.EN);
    assertThat(ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(2);
  }
}
