package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.formats.text.ExtractedSentences.injured;
import static org.trucewatch.formats.text.ExtractedSentences.killed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure whose sentence names no place, after a sentence that lists several towns, stands at none of
 * them: it is the story's count, and the figures told at one town after it are its parts, not more
 * people. The towns stay places of the story. Sentences written for this test.
 */
class AFigureWhoseSentenceNamesNoPlaceIsTheStorysTest {
  private static boolean placed(List<IncidentMention> ms, String name) {
    return ms.stream().anyMatch(m -> m.place().isPresent() && m.place().get().canonical().equals(name));
  }

  @Test
  void theCountAfterTwoListedDistrictsHoldsThoseOfItHospitalised() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 3 May 2024, Russian forces launched a missile attack on Kharkiv; "
        + "casualties were reported in Kharkiv - Kyivskyi and Kharkiv - Saltivskyi. At least 2 civilians were killed and 11 were "
        + "injured, 6 of whom were hospitalised.", Language.EN);
    assertThat(killed(ms)).isEqualTo(2);
    assertThat(injured(ms)).isEqualTo(11);
  }

  @Test
  void aLaterSentenceThatOnlySaysWherePlacesTheCount() {
    List<IncidentMention> ms = ExtractedSentences.mentions("Bei russischen Angriffen hat es ein Todesopfer und vier Verletzte "
        + "gegeben. Die Angriffe trafen ausnahmslos Zivilisten in der Stadt Torezk.\n\n"
        + "Ein weiterer Mensch sei bei einem Luftangriff in der Stadt Selydowe verletzt worden.", Language.DE);
    assertThat(injured(ms)).isEqualTo(5);
    assertThat(placed(ms, "Торецьк")).isTrue();
  }
}
