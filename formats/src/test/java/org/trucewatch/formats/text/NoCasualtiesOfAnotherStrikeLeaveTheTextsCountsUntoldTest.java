package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.counted;
import static org.trucewatch.formats.text.ExtractedSentences.injured;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * "No casualties" said of another strike in a text that counts people hurt in one is that strike's:
 * the text still gives no dead when it names only wounded. A zero of one kind ("no children were
 * hurt"), "no other casualties", and a text that counts nobody hurt keep their zeros. Sentences
 * written for this test.
 */
class NoCasualtiesOfAnotherStrikeLeaveTheTextsCountsUntoldTest {
  private static boolean anyKilled(List<IncidentMention> ms) {
    return counted(ms).stream().anyMatch(m -> !m.claim().casualties().killed().isUnknown());
  }

  private static boolean anyMinors(List<IncidentMention> ms) {
    return counted(ms).stream().anyMatch(m -> !m.claim().casualties().minors().isUnknown());
  }

  @Test
  void noVictimsAtTheSecondTownLeaveTheDeadUntold() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Вночі окупанти обстріляли Херсон з артилерії. Поранення дістали двоє "
        + "чоловіків, їх госпіталізували.\n\nТакож ворог бив по Білозерці. Там обійшлося без постраждалих.", Language.UK);
    assertThat(injured(ms)).isEqualTo(2);
    assertThat(anyKilled(ms)).isFalse();
    assertThat(anyMinors(ms)).isFalse();
  }

  @Test
  void nobodyHurtInAnotherVillageOfTheSameParagraphLeavesTheDeadUntold() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Сегодня в результате обстрела Каховки ранения получили две местные "
        + "жительницы. Позже враг ударил ракетой по соседнему селу, повреждены дома. К счастью, никто не пострадал.", Language.RU);
    assertThat(injured(ms)).isEqualTo(2);
    assertThat(anyKilled(ms)).isFalse();
  }

  @Test
  void noCasualtiesFromTheOtherShellingLeaveTheChildrenUntold() {
    List<IncidentMention> ms = ExtractedSentences.mentions("A Russian drone hit a car in Nikopol, killing a 52-year-old man.\n\n"
        + "The Russians also shelled villages of the Marhanets community, but there were no casualties.", Language.EN);
    assertThat(anyMinors(ms)).isFalse();
    assertThat(counted(ms).stream().mapToInt(m -> m.claim().casualties().killed().min()).sum()).isEqualTo(1);
  }

  @Test
  void noChildrenAmongTheHurtIsAZeroOfTheSameStrike() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Shelling of Horlivka injured five people on Monday, the mayor said. "
        + "According to him, no children were wounded.", Language.EN);
    assertThat(counted(ms).stream().anyMatch(m -> m.claim().casualties().minors().equals(CasualtyCount.NONE))).isTrue();
  }

  @Test
  void noOtherVictimsAreTheRestOfTheSameStrike() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Внаслідок удару дрона по Нікополю поранено 45-річного чоловіка.\n\n"
        + "Інших постраждалих немає, повідомив голова ОВА.", Language.UK);
    assertThat(injured(ms)).isEqualTo(1);
    assertThat(counted(ms).stream().anyMatch(m -> m.claim().casualties().killed().equals(CasualtyCount.NONE))).isTrue();
  }

  @Test
  void aTextThatCountsNobodyHurtKeepsItsZero() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Russische Drohnen griffen in der Nacht Charkiw an. Es gab keine Toten "
        + "oder Verletzten, teilte der Gouverneur mit.", Language.DE);
    assertThat(counted(ms).stream().anyMatch(m -> m.claim().casualties().killed().equals(CasualtyCount.NONE))).isTrue();
  }
}
