package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Phrases that say nobody was hurt give zero in every category they name, in all their wordings
 * ("постраждалих немає", "люди целы", "погибших и раненых нет"); a phrase that says only that nothing
 * is known ("данных о пострадавших нет") gives nothing; a casualty word inside such a phrase counts
 * nobody. Sentences written for this test.
 */
class NoCasualtiesPhraseTest {
  private Casualties casualties(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  private static void allZero(Casualties c) {
    assertThat(c.killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.NONE);
    assertThat(c.minors()).isEqualTo(CasualtyCount.NONE);
  }

  private static void allUnknown(Casualties c) {
    assertThat(c.killed()).isEqualTo(CasualtyCount.UNKNOWN);
    assertThat(c.injured()).isEqualTo(CasualtyCount.UNKNOWN);
    assertThat(c.minors()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void ukrainianNobodyHurtIsZeroInEveryCategory() {
    allZero(casualties("Ворог обстріляв з артилерії село Біленьке. Постраждалих немає."));
    allZero(casualties("Ворог обстріляв з артилерії село Біленьке. Загиблих і поранених немає."));
    allZero(casualties("Ворог обстріляв з артилерії село Біленьке. Люди не постраждали."));
  }

  @Test
  void russianNobodyHurtIsZeroInEveryCategory() {
    allZero(casualties("Противник обстрелял из артиллерии поселок Васильевка. Главное - люди целы."));
    allZero(casualties("Противник обстрелял из артиллерии поселок Васильевка. Погибших и раненых нет."));
    allZero(casualties("Противник обстрелял из артиллерии поселок Васильевка. Пострадавших не было."));
  }

  @Test
  void noNewsOfVictimsIsUnknown() {
    allUnknown(casualties("Противник обстрелял из артиллерии поселок Васильевка. Данных о пострадавших нет."));
    allUnknown(casualties("Ворог обстріляв з артилерії село Біленьке. Інформації про постраждалих немає."));
  }

  @Test
  void aPronounBeforeTheCasualtyWordOfTheZeroPhraseCountsNobody() {
    allZero(casualties("Ворог обстріляв з артилерії село Біленьке. Він зазначив, що ніхто не постраждав."));
    allZero(casualties("Противник обстрелял из артиллерии поселок Васильевка. Он отметил, что никто не пострадал."));
  }
}
