package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Wire conventions: a dateline with its agency ("CHERSON (dpa-AFX) -", "KYIV (Reuters) -") is where
 * the report was written; "In ersten Berichten", "Initial reports" give an earlier figure that the
 * newer one replaces; "Kinderspielplatz" is a playground, not children.
 */
class WireDatelineAndFirstReportsTest {
  private List<IncidentMention> extract(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  @Test
  void germanWireStory() {
    List<IncidentMention> ms = extract("CHERSON (dpa-AFX) - Bei russischem Beschuss von Nikopol sind drei Menschen getötet "
        + "worden. In ersten Berichten war von einem Toten die Rede. Eine Granate schlug auf einem Kinderspielplatz ein.",
        Language.DE);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().get().name()).isEqualTo("Nikopol");
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
      assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.UNKNOWN);
    });
  }

  @Test
  void englishWireStory() {
    List<IncidentMention> ms = extract("KYIV (Reuters) - A Russian missile hit Odesa, killing four people. Initial reports "
        + "spoke of two dead.", Language.EN);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().get().name()).isEqualTo("Odesa");
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(4));
    });
  }
}
