package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A person named without a figure ("dropped an explosive on a 52-year-old man") and then hurt as
 * "he"/"er"/"вона" is one person; a pronoun that says something ("He said two people were
 * injured") adds nobody.
 */
class PronounSubjectTest {
  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text, language);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void englishHeSufferedInjuries() {
    assertThat(only("Russian forces attacked Tiahynka with a drone. The enemy dropped an explosive on a 52-year-old man. "
        + "He suffered a concussion, burns and head injuries.", Language.EN).injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void germanAndUkrainianPronouns() {
    assertThat(only("Eine russische Drohne griff am Morgen ein Auto in Nikopol an. Am Steuer saß ein Mann. Er wurde schwer "
        + "verletzt.", Language.DE).injured()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(only("Росіяни атакували дроном Нікополь. Дрон влучив у автомобіль жінки. Вона дістала поранення.",
        Language.UK).injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void theSpeakersPronounAddsNobody() {
    assertThat(only("Russian forces shelled Nikopol. He said two people were injured.", Language.EN).injured())
        .isEqualTo(CasualtyCount.exactly(2));
  }
}
