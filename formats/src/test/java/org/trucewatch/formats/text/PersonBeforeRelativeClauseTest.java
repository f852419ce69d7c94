package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person separated from the verb by a relative clause ("A 58-year-old man, who was repairing his
 * roof, sustained shrapnel wounds", "a woman who was waiting at a bus stop was killed", "Eine Frau,
 * die im Garten arbeitete, wurde verletzt", "Чоловік, який перебував у дворі, дістав поранення") is
 * the one person the verb counts.
 */
class PersonBeforeRelativeClauseTest {
  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void englishRelativeClauseBetweenCommas() {
    assertThat(only("Russian forces shelled Stepnohirsk. A 58-year-old man, who was repairing his roof at the time, "
        + "sustained shrapnel wounds.", Language.EN).injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void englishRelativeClauseWithoutCommas() {
    assertThat(only("A Russian drone struck Marhanets. A woman who was waiting at a bus stop was killed.", Language.EN)
        .killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void germanRelativeClause() {
    assertThat(only("Russische Truppen beschossen Orichiw. Eine Frau, die gerade im Garten arbeitete, wurde schwer verletzt.",
        Language.DE).injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void ukrainianAndRussianRelativeClauses() {
    assertThat(only("Росіяни обстріляли Нікополь. Чоловік, який перебував у дворі свого будинку, дістав поранення.",
        Language.UK).injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(only("ВСУ обстреляли Горловку. Женщина, которая находилась на остановке, погибла.", Language.RU).killed())
        .isEqualTo(CasualtyCount.exactly(1));
  }
}
