package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Event notes written the way ACLED writes them (sentences of our own, ACLED's oblast spellings):
 * "settlement, oblast", "killing 1 civilian and wounding 2 others", "Fatalities unknown", "(as
 * reported)". The place and the killed figure must come out right.
 */
class AcledStyleNotesTest {
  private IncidentMention only(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, Language.EN);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void killingAndWounding() {
    IncidentMention m = only("On 29 April 2024, Russian forces shelled Snihurivka, Mykolaiv, killing 1 civilian and wounding "
        + "2 others.");
    assertThat(m.place().get().name()).isEqualTo("Snihurivka");
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void aTwoWordSettlementOfZaporizhiaOblast() {
    IncidentMention m = only("On 24 April 2024, Russian forces shelled Mala Tokmachka, Zaporizhia, killing a man and a woman "
        + "(as reported).");
    assertThat(m.place().get().name()).isEqualTo("Mala Tokmachka");
    assertThat(m.place().get().region()).isEqualTo("UA-23");
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void fatalitiesUnknownIsNoFigure() {
    IncidentMention m = only("On 22 April 2024, Russian forces fired artillery at Ukrainian positions near Velyka Novosilka, "
        + "Donetsk. Fatalities unknown.");
    assertThat(m.place().get().name()).isEqualTo("Velyka Novosilka");
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void aDroneOnACarInAnOblastCity() {
    IncidentMention m = only("On 3 May 2024, a Russian drone struck a car in Nikopol, Dnipropetrovsk, injuring two men "
        + "(as reported).");
    assertThat(m.place().get().name()).isEqualTo("Nikopol");
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void anAgedVictimInAKhersonVillage() {
    IncidentMention m = only("On 3 May 2024, Russian forces shelled Stanislav, Kherson, killing a 60-year-old farmer.");
    assertThat(m.place().get().name()).isEqualTo("Stanislav");
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }
}
