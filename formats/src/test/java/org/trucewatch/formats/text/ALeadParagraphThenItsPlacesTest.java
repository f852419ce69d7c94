package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first paragraph naming no place whose figure later paragraphs give place by place is their total:
 * "in der Ukraine zwei Menschen getötet" then one in the Zaporizhzhia region and one in Bila Tserkva is
 * two killed, not four. Sentences written for this test.
 */
class ALeadParagraphThenItsPlacesTest {
  private static int killed(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void twoKilledInTheLeadThenOneAtEachPlace() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Bei russischen Angriffen in der Nacht sind in der Ukraine zwei Menschen "
        + "getötet worden.\n\nIn der Region Saporischschja kam ein 62-Jähriger durch eine Bombenattacke ums Leben. In der Stadt Bila "
        + "Zerkwa in der Region Kiew wurde ein Mensch durch eine Drohne getötet.", Language.DE);
    assertThat(killed(ms)).isEqualTo(2);
  }

  @Test
  void aLaterPlaceWithMoreThanTheLeadIsNoPart() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russian strikes overnight killed one person.\n\nIn Kharkiv, three people "
        + "were killed by a missile.", Language.EN);
    assertThat(killed(ms)).isEqualTo(4);
  }
}
