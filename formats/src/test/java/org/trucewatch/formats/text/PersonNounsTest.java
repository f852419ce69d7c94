package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * People named by what they were doing ("a volunteer", "a passer-by", "ein Passant") are one person
 * each, and a baby among those counted is one minor.
 */
class PersonNounsTest {
  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aVolunteerAndAPasserByAreTwo() {
    assertThat(only("A Russian drone dropped a grenade in Bilozerka, wounding a volunteer and a passer-by.", Language.EN)
        .injured()).isEqualTo(CasualtyCount.exactly(2));
  }

  @Test
  void einPassantIsOnePerson() {
    assertThat(only("Bei dem Beschuss von Nikopol wurde ein Passant verletzt.", Language.DE).injured())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aBabyAmongThoseCountedIsOneMinor() {
    Casualties c = only("Bei einem Raketenangriff auf Dnipro wurden sechs Menschen verletzt. Darunter ist auch ein "
        + "drei Monate altes Baby.", Language.DE);
    assertThat(c.injured()).isEqualTo(CasualtyCount.exactly(6));
    assertThat(c.minors()).isEqualTo(CasualtyCount.exactly(1));
  }
}
