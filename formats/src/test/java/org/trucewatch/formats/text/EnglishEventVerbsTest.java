package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** English event notes in the style of ACLED and of OSCE SMM daily reports give mentions at their places. */
class EnglishEventVerbsTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-03-06T12:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  private static List<String> places(List<IncidentMention> ms) {
    return ms.stream().map(m -> m.place().map(p -> p.name()).orElse("?")).toList();
  }

  @Test
  void firedMortarsAtPositionsNearAVillage() {
    List<IncidentMention> ms = extract("On 4 March 2024, Russian forces fired 120mm mortars at Ukrainian positions near "
        + "Robotyne, Zaporizhia. Casualties unknown.");
    assertThat(places(ms)).containsExactly("Robotyne");
    assertThat(ms.get(0).claim().kind()).isEqualTo(ObservationKind.SHELLING);
    assertThat(ms.get(0).claim().means()).contains("artillery");
  }

  @Test
  void bombedATown() {
    List<IncidentMention> ms = extract("On 5 March 2024, Russian forces bombed Vovchansk, Kharkiv, with guided aerial bombs. "
        + "2 civilians were injured.");
    assertThat(places(ms)).containsExactly("Vovchansk");
    assertThat(ms.get(0).claim().casualties().injured().min()).isEqualTo(2);
  }

  @Test
  void anAirstrikeHitAVillage() {
    List<IncidentMention> ms = extract("On 3 March 2024, a Russian airstrike hit Krynky, Kherson. 1 Ukrainian soldier was killed.");
    assertThat(places(ms)).containsExactly("Krynky");
    assertThat(ms.get(0).claim().casualties().killed().min()).isEqualTo(1);
  }

  @Test
  void explosionsObservedNearAVillageInAnSmmReport() {
    List<IncidentMention> ms = extract("In Donetsk region, the SMM recorded 45 ceasefire violations, including 12 explosions. "
        + "On the evening of 4 March, while in Avdiivka, the SMM heard 12 undetermined explosions; "
        + "explosions were observed near Opytne.");
    assertThat(places(ms)).contains("Opytne");
  }

  @Test
  void shotAtWithSmallArmsFireIsAnEvent() {
    List<IncidentMention> ms = extract("On 2 March 2024, Ukrainian forces shot down a Russian drone and exchanged fire with "
        + "Russian forces near Synkivka, Kharkiv.");
    assertThat(places(ms)).containsExactly("Synkivka");
  }

  @Test
  void aPoliticalSentenceWithoutAnEventVerbGivesNothing() {
    assertThat(extract("The governor of Kharkiv said on Tuesday that Vovchansk would receive new shelters.")).isEmpty();
  }
}
