package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "beschossen" names a shelling as "Beschuss" does, unless another paragraph names the weapon;
 * "Flugabwehrraketen" (S-300 fired at the ground) are missiles. Sentences from the development
 * set (ids in the tests).
 */
class TheGermanVerbOfShellingIsArtilleryTest {
  @Test
  void aTownTheTroopsShelledIsShelledByArtillery() {
    // de-x17
    List<IncidentMention> ms = ExtractedSentences.mentions("Die russischen Truppen haben am Montag ein Wohngebiet der Stadt "
        + "Kupjansk in der Region Charkiw beschossen. Ein Zivilist kam dabei ums Leben, ein weiterer wurde verletzt.",
        Language.DE);
    assertThat(ExtractedSentences.means(ms)).containsExactly("artillery");
  }

  @Test
  void theLauncherAnotherParagraphNamesIsTheShellingsMeans() {
    // de-035
    List<IncidentMention> ms = ExtractedSentences.mentions("Die russischen Truppen haben um 12:30 Uhr am Mittwoch ein Dorf "
        + "in der Gemeinde Komyschuwacha der Region Saporischschja beschossen.\n\nDie Russen setzten gegen zivilen Menschen "
        + "Mehrfachraketenwerfer ein. Ein 52-jähriger Mann, der sich während des Angriffs auf einer Straße aufhielt, sei ums "
        + "Leben gekommen.", Language.DE);
    assertThat(ExtractedSentences.means(ms)).doesNotContain("artillery");
  }

  @Test
  void antiAircraftMissilesFiredAtATownAreMissiles() {
    // de-v28
    List<IncidentMention> ms = ExtractedSentences.mentions("Die russischen Truppen haben mit Flugabwehrraketen des Typs "
        + "S-300 ein Wohngebiet der Stadt Saporischschja beschossen. Beim nächtlichen Angriff wurde ein Gastronomiebetrieb "
        + "getroffen. Die Menschen seien nicht zu Schaden gekommen.", Language.DE);
    assertThat(ExtractedSentences.means(ms)).containsExactly("missile");
  }
}
