package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * People joined by "and" before a plural counted by its ages share its verb and are counted with it:
 * a person ("ein 70-jähriger Bewohner von Orichiw und Frauen im Alter von 87 und 78 Jahren"), a
 * numbered group with its own ages ("Drei Männer im Alter von 36, 53 und 57 Jahren sowie die Frauen
 * ..."). A list in apposition to a figure told before it is that figure's, not one more.
 */
class PeopleJoinedBeforeAPluralCountedByItsAgesShareItsVerbTest {
  private static CasualtyCount injured(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void aPersonWithAHomeBeforeWomenByTheirAges() {
    // de-q12
    assertThat(injured("„Infolge des Artilleriebeschusses sind ein 70-jähriger Bewohner von Orichiw und Frauen im Alter von 87 "
        + "und 78 Jahren verletzt worden.", Language.DE)).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void aNumberedGroupWithItsAgesBeforeWomenByTheirAges() {
    // de-f12
    assertThat(injured("In Cherson: Nach Angaben der Verwaltung seien drei Männer im Alter von 36, 53 und 57 Jahren sowie die "
        + "Frauen im Alter von 37, 46 und 68 Jahre ihm zufolge mit Knalltraumen und Splitterverletzungen in ein Krankenhaus "
        + "eingeliefert worden.", Language.DE)).isEqualTo(CasualtyCount.exactly(6));
  }

  @Test
  void aPersonByAgeBeforeMenByTheirAgesIsCountedOnce() {
    // de-k20
    assertThat(injured("In Dnipro wurden eine 58-Jährige und Männer im Alter von 31, 42 und 65 Jahren ins Krankenhaus gebracht.",
        Language.DE)).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void aListInAppositionToAFigureIsThatFigure() {
    // en-x37
    assertThat(injured("As a result of the missile strike on Dnipro, three people were injured - a 41-year-old woman and men "
        + "aged 21 and 29.", Language.EN)).isEqualTo(CasualtyCount.exactly(3));
  }
}
