package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first figures of a text, naming no place, are its lead even when a paragraph naming the attack
 * and no figures comes before them: a later paragraph's smaller figure that names no place either is
 * a part of them ("two children were hospitalized" among "ten injured"), not more people.
 * Sentences written for this test.
 */
class ChildrenHospitalizedAfterAnUnplacedLeadAreAmongItsInjuredTest {
  // a part's figures are within its total's: the text's figure sums the mentions that are no part
  @Test
  void twoChildrenHospitalizedAreAmongTheEightInjured() {
    List<IncidentMention> ms = ExtractedSentences.mentions("At night a Russian missile flew towards the Kirovohrad region.\n\n"
        + "By midnight there were reports of eight injured people and one fatality.\n\n"
        + "It is said that two children were hospitalized, their lives are not in danger.", Language.EN);
    assertThat(ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().injured().min()).sum()).isEqualTo(8);
    assertThat(ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().minors().min()).sum()).isEqualTo(2);
    assertThat(ms.stream().filter(m -> m.partOf().isEmpty()).mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(1);
  }
}
