package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A German noun of injury compounded with its kind of wound, "Splitterverletzungen", "Sprengstoffverletzung",
 * "Knalltraumen", is an injured word as "Verletzungen" is ({@link CompoundInjury}). Sentences written for this test.
 */
class AGermanCompoundOfInjuryIsAnInjuryTest {
  private static CasualtyCount injured(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.DE);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().injured();
  }

  @Test
  void twoMenWithTheirAgesSufferedShrapnelWounds() {
    assertThat(injured("Durch den Beschuss von Kupjansk erlitten zwei Männer im Alter von 59 und 44 Jahren Splitterverletzungen."))
        .isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void oneManSufferedAnExplosiveInjury() {
    assertThat(injured("Bei dem Drohnenangriff auf Antoniwka erlitt ein 61-jähriger Mann eine Sprengstoffverletzung."))
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theCompoundsOnlyInGerman() {
    String text = "mit Knalltraumen und Kopfverletzungen";
    List<Token> t = Token.of(text, 0, text.length());
    assertThat(CompoundInjury.withCompounds(List.of(), t, Language.DE)).extracting(Cue.Match::first).containsExactly(1, 3);
    assertThat(CompoundInjury.withCompounds(List.of(), t, Language.EN)).isEmpty();
  }

  @Test
  void aTraumaAloneIsNoCompound() {
    String text = "ein Trauma";
    List<Token> t = Token.of(text, 0, text.length());
    assertThat(CompoundInjury.withCompounds(List.of(), t, Language.DE)).isEmpty();
  }
}
