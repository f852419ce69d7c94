package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * "Four more, including two children, were injured": a number with "more" reaches past the
 * apposition to its own verb instead of continuing the category before it. Sentences written for
 * this test.
 */
class MoreWithAppositionTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private Casualties casualties(String text) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void english() {
    Casualties c = casualties("A Russian missile hit Odesa: three people were killed and five more, including two children, were injured.");
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void german() {
    Casualties c = casualties("Bei einem Raketenangriff auf Odessa wurden drei Menschen getötet und fünf weitere, darunter ein Kind, verletzt.");
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void withoutAppositionAsBefore() {
    assertThat(casualties("A Russian missile hit Odesa: three people were killed and two more were injured.").injured())
        .isEqualTo(CasualtyCount.exactly(2));
  }
}
