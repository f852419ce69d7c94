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

/** A figure the text does not give is unknown (null), "no injuries" is zero, and a revised figure replaces the earlier one. */
class UnknownIsNotZeroTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-03-06T12:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  @Test
  void injuredNotMentionedIsUnknown() {
    List<IncidentMention> ms = extract("On 5 March 2024, Russian forces shelled Kupiansk, Kharkiv. 2 civilians were killed.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
    assertThat(ms.get(0).claim().casualties().minors().isUnknown()).isTrue();
  }

  @Test
  void unknownIsWrittenAsNull() throws Exception {
    List<IncidentMention> ms = extract("On 5 March 2024, Russian forces shelled Kupiansk, Kharkiv. 2 civilians were killed.");
    String json = ExtractionJson.line(ms.get(0), "acled-note.txt");
    assertThat(json).contains("\"killed\":{\"min\":2,\"max\":2}").contains("\"injured\":null").contains("\"minors\":null");
  }

  @Test
  void noInjuriesOrFatalitiesIsZero() {
    List<IncidentMention> ms = extract("On 3 March 2024, Russian forces shelled Ukrainian positions near Robotyne, Zaporizhia. "
        + "There were no injuries or fatalities.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void noOneWasKilledIsNoFigureOne() {
    List<IncidentMention> ms = extract("A Russian drone hit a house in Vovchansk on Monday; no one was killed, "
        + "3 people were injured, the regional governor said.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.NONE);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void ukrainianAndRussianNoCasualtiesAreZero() {
    List<IncidentMention> uk = extract("Вночі росіяни атакували дронами Харків, влучання в гараж. Обійшлося без постраждалих.");
    assertThat(uk).isNotEmpty();
    assertThat(uk.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.NONE);
    List<IncidentMention> ru = extract("В Белгороде после обстрела со стороны ВСУ повреждены дома, пострадавших нет.");
    assertThat(ru).isNotEmpty();
    assertThat(ru.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.NONE);
  }

  @Test
  void revisedFigureWinsAndTheEarlierStaysAsItsHistory() {
    List<IncidentMention> ms = extract("A Russian missile hit a residential building in Dnipro on Friday, injuring 15 people. "
        + "By the evening the number of injured rose to 21, the regional governor said.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(21));
    assertThat(ms.get(0).claim().spans().get("casualties.injured")).extracting(s -> s.text()).contains("15", "21");
  }

  @Test
  void aRevisionDownwardsWinsToo() {
    List<IncidentMention> ms = extract("Russian shelling of Kherson killed 5 people on Tuesday, officials said. "
        + "Later the number of killed was revised to 4.");
    assertThat(ms).isNotEmpty();
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(4));
  }
}
