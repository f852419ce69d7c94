package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** "a 66-year-old Kherson resident", "a Nikopol civilian": a place's name before the noun does not undo its article. */
class ProperNameAttributeTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text) {
    return extractor.extract(new ReportText(text, Optional.of(Language.EN), Instant.parse("2025-10-15T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
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
