package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A family counted by its size is that many people: "eine vierköpfige Familie kam ums Leben", "a
 * family of four was killed", and so is a family whose members are listed after a colon.
 * Sentences written for this test.
 */
class AFamilyOfFourIsFourPeopleTest {
  private static CasualtyCount killed(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().killed();
  }

  @Test
  void germanFamilyByItsHeads() {
    assertThat(killed("Der Angriff richtete sich gegen das Dorf Tschernetschtschyna. Eine vierköpfige Familie kam bei einem "
        + "Drohnenangriff ums Leben.", Language.DE)).isEqualTo(CasualtyCount.exactly(4));
    assertThat(killed("Eine Drohne traf ein Haus in Sumy. Dabei kam eine fünfköpfige Familie ums Leben.", Language.DE))
        .isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void englishFamilyOfFour() {
    assertThat(killed("A missile hit a house in Beryslav and killed a family of four.", Language.EN))
        .isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void ukrainianFamilyOfThree() {
    assertThat(killed("Ракета влучила в будинок у Херсоні, загинула родина з трьох осіб.", Language.UK))
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void familyWithItsMembersListedAfterAColon() {
    assertThat(killed("A rocket hit a house in Beryslav and killed a family: a 49-year-old man, his 38-year-old wife and their "
        + "12-year-old son.", Language.EN)).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void aFamilyWithoutItsSizeIsNoCount() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Eine Drohne traf ein Haus in Sumy. Eine Familie wurde obdachlos.",
        Language.DE);
    assertThat(ms.stream().allMatch(m -> m.claim().casualties().killed().min() == 0)).isTrue();
  }
}
