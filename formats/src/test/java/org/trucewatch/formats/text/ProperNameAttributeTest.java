package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/** "a 66-year-old Kherson resident", "a Nikopol civilian": a place's name before the noun does not undo its article. */
class ProperNameAttributeTest {
  private List<IncidentMention> extract(String text) {
    return ExtractedSentences.mentions(text, Language.EN);
  }

  @Test
  void aTownsResidentIsOnePerson() {
    assertThat(extract("Russian shelling hit Kherson. A 66-year-old Kherson resident received fatal injuries."))
        .singleElement().satisfies(m -> assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1)));
    assertThat(extract("A Russian drone attacked Nikopol in the morning, wounding a Nikopol civilian."))
        .singleElement().satisfies(m -> assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1)));
  }

  @Test
  void civilianCasualtiesAreStillNoPerson() {
    assertThat(extract("Russian artillery shelled Nikopol, the SMM heard of civilian casualties."))
        .allSatisfy(m -> assertThat(m.claim().casualties().injured().min()).isZero());
  }
}
