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
 * A person named without a figure ("dropped an explosive on a 52-year-old man") and then hurt as
 * "he"/"er"/"вона" is one person; a pronoun that says something ("He said two people were
 * injured") adds nobody.
 */
class PronounSubjectTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private Casualties only(String text, Language language) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.of(language),
        Instant.parse("2025-10-15T09:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
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
