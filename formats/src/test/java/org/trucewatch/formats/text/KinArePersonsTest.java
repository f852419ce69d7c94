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

/**
 * A son, daughter, husband or wife named with "and" after a first person is one more person
 * ("погибли мужчина и его сын"). Sentences written for this test.
 */
class KinArePersonsTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private CasualtyCount killed(String text) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties().killed();
  }

  @Test
  void russian() {
    assertThat(killed("Снаряд попал в дом в Горловке, погибли мужчина и его сын.")).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void ukrainian() {
    assertThat(killed("Ракета влучила в будинок у Дніпрі, загинули жінка та її донька.")).isEqualTo(CasualtyCount.exactly(2));
  }
}
