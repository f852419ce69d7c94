package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * People named by their work or role count as people: "a policeman died", "injuring two rescuers
 * and a firefighter", "vier Rettungskräfte verletzt". Sentences written for this test.
 */
class PeopleByTheirWorkTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private Casualties casualties(String text) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aPolicemanDied() {
    assertThat(casualties("A Russian drone attacked Kherson. The policeman died in hospital.").killed())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void anOfficerInjured() {
    assertThat(casualties("A Russian drone attacked Kherson. A police officer was injured.").injured())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void pluralAndSingularRolesJoined() {
    assertThat(casualties("A Russian drone attacked Kherson, injuring two rescuers and a firefighter.").injured())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void germanPlurals() {
    assertThat(casualties("Bei einem Angriff auf Cherson wurden vier Rettungskräfte verletzt.").injured())
        .isEqualTo(CasualtyCount.exactly(4));
    assertThat(casualties("Russische Artillerie beschoss Cherson, drei Polizisten wurden schwer verletzt.").injured())
        .isEqualTo(CasualtyCount.exactly(3));
  }
}
