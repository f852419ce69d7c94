package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person counted as injured who then "died of the injuries" is one killed, no longer one
 * injured. Sentences written for this test.
 */
class DiedOfInjuriesTest {
  private IncidentMention only(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void theOnlyInjuredDied() {
    IncidentMention ru = only("При обстреле Херсона ранения получил мужчина. От полученных травм он скончался в больнице.");
    assertThat(ru.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(ru.claim().casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
    IncidentMention uk = only("Під час обстрілу Херсона поранення дістав чоловік. Від отриманих травм він помер у лікарні.");
    assertThat(uk.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(uk.claim().casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
  }

  @Test
  void oneOfSeveralInjuredDied() {
    IncidentMention en = only("Shelling of Kherson injured three people. One man later died of his injuries in hospital.");
    assertThat(en.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }
}
