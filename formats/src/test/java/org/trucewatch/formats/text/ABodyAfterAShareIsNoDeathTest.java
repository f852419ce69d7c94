package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A body after a share measures a living person's burns, no death: "опіки 90% тіла", "ожоги 40 процентов
 * тела" ({@link BodyShare}). Sentences written for this test.
 */
class ABodyAfterAShareIsNoDeathTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aRussianManBurnedOverFortyPercentOfHisBodyIsInjuredNotKilled() {
    Casualties c = casualties("В Кропивницком после удара ранен мужчина. Он получил ожоги 40 процентов тела.", Language.RU);
    assertThat(c.killed()).isEqualTo(CasualtyCount.UNKNOWN);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aRussianPercentSignBeforeTheBodyToo() {
    Casualties c = casualties("В Кропивницком после удара ранен мужчина, он получил ожоги 90% тела.",
        Language.RU);
    assertThat(c.killed()).isEqualTo(CasualtyCount.UNKNOWN);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aUkrainianShareOfHisOwnBody() {
    Casualties c = casualties("У Кропивницькому після удару поранено чоловіка, він отримав опіки 90% свого тіла.", Language.UK);
    assertThat(c.killed()).isEqualTo(CasualtyCount.UNKNOWN);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void bodiesFoundAfterAStrikeAreStillTheDead() {
    Casualties c = casualties("Після удару по Кропивницькому рятувальники знайшли тіла двох загиблих.", Language.UK);
    assertThat(c.killed()).isEqualTo(CasualtyCount.exactly(2));
  }
}
