package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Within one paragraph, a later count at a settlement that holds, kind by kind, every figure told
 * there before counts the same people again, updated; a smaller later count, or one said to be more,
 * stays apart. Sentences written for this test.
 */
class ALaterCountAtOnePlaceCountsTheSamePeopleTest {
  @Test
  void anUpdatedCountOfTheTownHoldsTheChildrenToldFirst() {
    List<IncidentMention> ms = ExtractedSentences.mentions("After the missile strike on Sumy, two children were injured.\n"
        + "According to the latest data, 15 people in Sumy have sought medical help.", Language.EN);
    assertThat(injured(ms)).isEqualTo(15);
  }

  @Test
  void aDaysCountOfTheCityHoldsTheMorningsDeadAndHurt() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Утром оккупанты обстреляли Николаев, погиб один мужчина, "
        + "ранены двое.\nЗа сутки в Николаеве погибли 3 человека, еще 5 получили ранения.", Language.RU);
    assertThat(killed(ms)).isEqualTo(3);
    assertThat(injured(ms)).isEqualTo(5);
  }

  @Test
  void aLaterCountSaidToBeMoreAddsUp() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A drone hit a bus in Kherson, injuring two people.\n"
        + "In the afternoon, another drone attack on Kherson injured three more people.", Language.EN);
    assertThat(injured(ms)).isEqualTo(5);
  }
}
