package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Casualties;

/**
 * Ukrainian and Russian say nobody was hurt with the victims' noun first and "немає"/"нет" last, with
 * the people or the circumstance between: zero, not unknown; but a lack of news ("даних про
 * постраждалих немає") stays unknown. Sentences written for this test.
 */
class NobodyHurtSaidAfterTheNounTest {
  private static Casualties casualties(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).isNotEmpty();
    return ms.get(ms.size() - 1).claim().casualties();
  }

  @Test
  void victimsOfOneSideNoneIsZeroOfEveryCategory() {
    Casualties c = casualties("Ворог обстріляв Білопільську громаду з мінометів. Постраждалих з української сторони немає.",
        Language.UK);
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void killedOrInjuredAmongTheResidentsNoneIsZero() {
    Casualties c = casualties("Окупанти обстріляли Семенівку з артилерії. На щастя, загиблих чи травмованих осіб серед місцевого "
        + "населення немає.", Language.UK);
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
    assertThat(casualties("ВСУ обстреляли Горловку из артиллерии. Пострадавших среди мирного населения в этот раз не было.",
        Language.RU).injured()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void noNewsOfTheInjuredIsNoZero() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Окупанти обстріляли Семенівку з артилерії. Точних даних про кількість "
        + "постраждалих поки немає.", Language.UK);
    assertThat(ms).allSatisfy(m -> assertThat(m.claim().casualties().injured()).isNotEqualTo(CasualtyCount.NONE));
  }
}
