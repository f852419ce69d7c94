package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "Four more, including two children, were injured": a number with "more" reaches past the
 * apposition to its own verb instead of continuing the category before it. Sentences written for
 * this test.
 */
class MoreWithAppositionTest {
  private Casualties casualties(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
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
