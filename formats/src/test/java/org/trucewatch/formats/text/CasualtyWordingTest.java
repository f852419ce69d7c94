package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** Ways of saying who was hurt that name no number. Sentences from the dev set's tuning part. */
class CasualtyWordingTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> mentions(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2023-11-20T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  @Test
  void aPersonWhoSufferedAnInjuryIsOneInjuredThoughTheNounStandsFarFromTheVerb() {
    // en-046
    List<IncidentMention> ms = mentions("A 64-year-old man suffered a penetrating injury from shelling while in his own "
        + "garden in Avdiivka, site of some of the fiercest fighting in recent weeks.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void woundsAreInjuries() {
    // en-046
    List<IncidentMention> ms = mentions("In the east, the prosecutor general’s office said a 69-year-old woman was killed on "
        + "the spot and a 70-year-old woman suffered gunshot wounds in the town of Kostyantynivka.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void peopleKilledInTheFightingAreAnIncident() {
    // de-003: no attack word, but "im Zuge der Kämpfe"
    List<IncidentMention> ms = mentions("Im ostukrainischen Gebiet Donezk sind mehrere Zivilpersonen im Zuge der Kämpfe "
        + "zwischen russischen und ukrainischen Truppen ums Leben gekommen. Im von der Ukraine kontrollierten Teil des "
        + "Gebiets seien drei Menschen getötet und acht verletzt worden, wie Militärgouverneur Pawlo Kyrylenko bei Telegram "
        + "mitteilt.");
    assertThat(ms).extracting(m -> m.claim().casualties().killed()).contains(CasualtyCount.exactly(3));
    assertThat(ms).extracting(m -> m.claim().casualties().injured()).contains(CasualtyCount.exactly(8));
  }

  @Test
  void noCasualtiesAmongTheResidentsIsZeroNotUnknown() {
    // ru-047
    List<IncidentMention> ms = mentions("В результате обстрела были повреждены кровля, фасад, остекление жилого дома и "
        + "автомобиль, пострадавших среди жителей нет, сообщил Балицкий в своем Telegram-канале.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.NONE);
  }
}
