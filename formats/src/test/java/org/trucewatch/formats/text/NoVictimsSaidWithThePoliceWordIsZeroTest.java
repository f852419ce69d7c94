package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Casualties;

/**
 * The police and the administrations call the hurt "потерпілі"/"потерпевшие": "без потерпілих", "потерпевших нет" say
 * nobody was hurt as "без постраждалих" does, a zero of every category; but no news of them ("інформації про загиблих та
 * потерпілих немає") stays unknown. Sentences written for this test.
 */
class NoVictimsSaidWithThePoliceWordIsZeroTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).isNotEmpty();
    return ms.get(ms.size() - 1).claim().casualties();
  }

  @Test
  void withoutVictimsIsZeroOfEveryCategory() {
    Casualties c = casualties("Уламки збитого дрона впали у Броварах, пошкоджено гараж. Попередньо без потерпілих.", Language.UK);
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void noVictimsInRussianIsZeroOfEveryCategory() {
    Casualties c = casualties("Обломки сбитого беспилотника упали в Броварах, повреждён гараж. Потерпевших нет.", Language.RU);
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void noNewsOfTheDeadAndTheVictimsIsNoZero() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Уночі ворожі дрони атакували Ковель. На щастя, інформації про загиблих "
        + "та потерпілих немає.", Language.UK);
    assertThat(ms).allSatisfy(m -> assertThat(m.claim().casualties().injured()).isNotEqualTo(CasualtyCount.NONE));
    assertThat(ms).allSatisfy(m -> assertThat(m.claim().casualties().killed()).isNotEqualTo(CasualtyCount.NONE));
  }
}
