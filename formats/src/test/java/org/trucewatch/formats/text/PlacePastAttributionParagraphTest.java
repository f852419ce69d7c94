package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A lead that names the attacked place, then a paragraph that only says who announced it, then the
 * casualties without a place: the casualties are at the lead's place.
 */
class PlacePastAttributionParagraphTest {
  private List<IncidentMention> extract(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  @Test
  void englishLeadAttributionThenFigures() {
    List<IncidentMention> ms = extract("Russian troops attacked Zaporizhzhia.\n\nThis was reported by the head of the regional "
        + "administration on Telegram.\n\nLater he said that two men were injured as a result of the missile strike.",
        Language.EN);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().get().name()).isEqualTo("Zaporizhzhya");
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
    });
  }

  @Test
  void germanLeadAttributionThenFigures() {
    List<IncidentMention> ms = extract("Russische Truppen haben Saporischschja angegriffen.\n\nDas teilte der Gouverneur auf "
        + "Telegram mit.\n\nBei dem Raketenangriff wurden zwei Männer verletzt.", Language.DE);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().get().name()).isEqualTo("Zaporizhzhya");
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
    });
  }
}
