package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "At least five people, including two women aged 32 and 95, have been killed": the numbers inside an
 * apposition between commas or dashes right after a figure's people are some of them, and the words
 * passed over do not use up the outer number's reach to its verb. Sentences written for this test.
 */
class ANumberInsideAnAppositionIsSomeOfTheFigureBeforeItTest {
  private static int killed(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  private static int injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void fivePeopleIncludingTwoWomenWithTheirAgesAreFiveKilled() {
    assertThat(killed("At least five people, including two women aged 41 and 87, were killed when a Russian missile hit "
        + "a house in Odesa.", Language.EN)).isEqualTo(5);
  }

  @Test
  void fivePeopleToldAsTwoWomenAndThreeMenWithTheirAgesAreFiveInjured() {
    assertThat(injured("Russische Artillerie beschoss Nikopol. Fünf Menschen, zwei Frauen im Alter von 23 und 61 Jahren "
        + "sowie drei Männer im Alter von 35, 52 und 70 Jahren, wurden verletzt.", Language.DE)).isEqualTo(5);
  }

  @Test
  void twoResidentsIncludingAWomanBetweenUnspacedDashesAreTwoInjured() {
    assertThat(injured("A Russian shell hit Kherson. Two more residents—including an 88-year-old woman—were injured.",
        Language.EN)).isEqualTo(2);
  }

  @Test
  void twoKilledAtOnePlaceAndOneMoreAtAnotherAreThree() {
    assertThat(killed("Russischer Beschuss in der Region Donezk. Zwei Menschen hätten die Russen in Kostjantyniwka, einen "
        + "weiteren in Torezk getötet.", Language.DE)).isEqualTo(3);
  }

  @Test
  void twoWomenAndThreeMenWithoutAnOuterNumberAreFive() {
    assertThat(injured("A Russian shell hit Kherson. Two women and three men were injured.", Language.EN)).isEqualTo(5);
  }
}
