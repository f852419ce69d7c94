package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A house's number after a number sign ("Nr. 17", "№ 12", "No. 5") or an address's number after its street ("on
 * Sadova street, 10") names a place, not how many were hurt, though a casualty word stands next to it. Sentences
 * written for this test.
 */
class ANumberThatNamesIsNoCountTest {
  private static OptionalInt killed(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    int sum = 0;
    boolean any = false;
    for (IncidentMention m : ms) {
      if (m.claim().casualties().killed() != null) {
        sum += m.claim().casualties().killed().min();
        any = true;
      }
    }
    return any ? OptionalInt.of(sum) : OptionalInt.empty();
  }

  @Test
  void aHouseNumberAfterNrIsNoCountOfTheDead() {
    assertThat(killed("Eine 62-jährige Frau wurde vor dem Haus Nr. 217 in der Gagarina-Straße getötet.", Language.DE))
        .hasValue(1);
  }

  @Test
  void aHouseNumberAfterTheNumberSignIsNoCountOfTheDead() {
    assertThat(killed("Біля будинку № 35 на вулиці Миру загинув чоловік.", Language.UK)).hasValue(1);
    assertThat(killed("Возле дома № 35 по улице Мира погиб мужчина.", Language.RU)).hasValue(1);
  }

  @Test
  void anAddressAfterItsStreetIsNoCountOfTheDead() {
    assertThat(killed("A resident was killed by a shell that hit a house on Sadova street, 14.", Language.EN)).hasValue(1);
  }

  @Test
  void aCountAfterAStreetWithPeopleAfterItStaysACount() {
    assertThat(killed("On Sadova street, 3 people were killed when a shell hit a bus stop.", Language.EN)).hasValue(3);
  }

  @Test
  void aShareBeforeAPercentSignIsNoCountOfTheDead() {
    assertThat(killed("Загиблих немає, поранено п'ятеро людей. Один з постраждалих у важкому стані: він отримав опіки 80% тіла.", Language.UK)).hasValue(0);
    assertThat(killed("Tote gab es keine, drei Menschen wurden verletzt. Einer von ihnen erlitt Verbrennungen an 40 Prozent des Körpers.", Language.DE))
        .hasValue(0);
  }
}
