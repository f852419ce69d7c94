package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Groups of people counted one after another and joined by "and" before one verb are all of that
 * verb's figure ("zwei Kinder und ein Erwachsener wurden verletzt" is three injured, two of them
 * children), in all four languages; a group with a verb of its own is not added again. Sentences
 * written for this test.
 */
class GroupsJoinedByAndTest {
  private static IncidentMention only(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  private static void injuredAndChildren(String text, int injured, int children) {
    IncidentMention m = only(text);
    assertThat(m.claim().casualties().injured().min()).isEqualTo(injured);
    assertThat(m.claim().casualties().minors().min()).isEqualTo(children);
  }

  @Test
  void twoChildrenAndAnAdultWereInjuredIsThreeInjured() {
    injuredAndChildren("Bei einem russischen Luftangriff auf die Gemeinde Swesa sind mindestens zwei Kinder und ein Erwachsener "
        + "verletzt worden.", 3, 2);
    injuredAndChildren("A Russian drone hit Sumy. Two children and one adult were injured.", 3, 2);
  }

  @Test
  void twoAdultsAndAChildWereInjuredIsThreeInjuredOneChild() {
    injuredAndChildren("Bei einem Angriff auf Sumy wurden zwei Erwachsene und ein Kind verletzt.", 3, 1);
  }

  @Test
  void twoWomenAndAManWereInjuredIsThree() {
    assertThat(only("Bei einem Angriff auf Sumy wurden zwei Frauen und ein Mann verletzt.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(3));
    assertThat(only("A Russian drone hit Sumy. Two women and a man were injured.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(3));
    assertThat(only("При ударе по Сумам две женщины и один мужчина получили ранения.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void aGroupWithItsOwnVerbIsNotAddedAgain() {
    IncidentMention m = only("Russian shelling hit Sumy, killing two people and injuring one man.");
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(only("Bei einem Angriff auf Sumy wurden zwei Menschen getötet und drei verletzt.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void anAgeBeforeThePersonIsNoGroup() {
    // "5-year-old" is the girl's age, not five people joined to the two adults
    assertThat(only("Russian drones attacked Kyiv overnight. In Kyiv, a 5-year-old girl and two adults were injured when debris fell on a residential building.")
        .claim().casualties().injured().min()).isBetween(2, 3);
  }

  @Test
  void groupsInAppositionToAFigureBreakItDown() {
    IncidentMention m = only("In der Stadt Nikopol ist eine Frau durch russischen Artilleriebeschuss getötet worden. Fünf Menschen, "
        + "zwei Frauen und drei Männer, wurden verletzt.");
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(5));
    assertThat(m.place()).isPresent();
  }
}
