package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** "No one was injured" (or "weder verletzt noch getötet") as a text's whole account of its strike counts no dead and no children either. */
class NoOneInjuredAsTheWholeAccountMeansNoOneKilledTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-05-11T12:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  private static CasualtyCount killed(List<IncidentMention> ms) {
    return ms.stream().map(m -> m.claim().casualties().killed()).filter(c -> !c.isUnknown()).findFirst()
        .orElse(CasualtyCount.UNKNOWN);
  }

  @Test
  void noOneWasInjuredInTheCitysStrikeMeansNoOneWasKilled() {
    List<IncidentMention> ms = extract("Explosions were heard in Kropyvnytskyi on Saturday morning after a Russian drone attack "
        + "on the city. No one was injured, the head of the regional military administration said.");
    assertThat(ms).isNotEmpty();
    assertThat(killed(ms)).isEqualTo(CasualtyCount.NONE);
    assertThat(ms.stream().map(m -> m.claim().casualties().minors()).filter(c -> !c.isUnknown()).findFirst())
        .contains(CasualtyCount.NONE);
  }

  @Test
  void keineVerletztenNachDemRaketenangriffHeisstAuchKeineTote() {
    List<IncidentMention> ms = extract("Russische Raketen trafen in der Nacht ein Lagerhaus in Odessa. Ein Brand wurde gelöscht. "
        + "Nach vorläufigen Angaben gibt es keine Verletzten.");
    assertThat(ms).isNotEmpty();
    assertThat(killed(ms)).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void aStrikeThatKilledSomeoneKeepsItsOwnFigures() {
    List<IncidentMention> ms = extract("A Russian drone hit a house in Kropyvnytskyi on Saturday, killing a man. "
        + "Nobody was injured in a second strike on a warehouse.");
    assertThat(killed(ms)).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void noInjuredInASecondCommunityLeavesTheFirstStrikesDeadUntold() {
    List<IncidentMention> ms = extract("Die russische Armee hat gestern die Stadt Otschakiw mit Artillerie beschossen. "
        + "Über mögliche Opfer liegen keine Informationen vor.\n\nAuch das Dorf Kuzurub wurde beschossen. "
        + "Es gebe keine Verletzten, hieß es.");
    assertThat(killed(ms)).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void wederVerletztNochGetoetetSagtAuchKeineKinder() {
    List<IncidentMention> ms = extract("In der Nacht beschossen russische Truppen Nikopol mit Artillerie. "
        + "Menschen sollen dabei weder verletzt noch getötet worden sein, teilte die Militärverwaltung mit.");
    assertThat(killed(ms)).isEqualTo(CasualtyCount.NONE);
    assertThat(ms.stream().map(m -> m.claim().casualties().minors()).filter(c -> !c.isUnknown()).findFirst())
        .contains(CasualtyCount.NONE);
  }
}
