package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * "Ещё N" after a figure goes on in its category, unless the N are said to be under the rubble or
 * missing: those are not yet killed or injured. Sentences written for this test.
 */
class TrappedIsNoCasualtyTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  /** The injured of all the text's mentions, summed. */
  private int injured(String text) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    return ms.stream().mapToInt(m -> m.claim().casualties().injured().min()).sum();
  }

  @Test
  void underTheRubble() {
    assertThat(injured("Ракеты попали в дома в Краматорске и Дружковке. В Краматорске ранены четыре человека, в Дружковке "
        + "еще 3 человека находятся под завалами.")).isEqualTo(4);
    assertThat(injured("Ракети влучили в будинки у Краматорську та Дружківці. У Краматорську поранено чотирьох людей, у "
        + "Дружківці ще 3 людини перебувають під завалами.")).isEqualTo(4);
  }

  @Test
  void missing() {
    assertThat(injured("Ракети влучили в будинки у Краматорську та Дружківці. У Краматорську поранено чотирьох людей, у "
        + "Дружківці ще 2 вважаються зниклими безвісти.")).isEqualTo(4);
  }
}
