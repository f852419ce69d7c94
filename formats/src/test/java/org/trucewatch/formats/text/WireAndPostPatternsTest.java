package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** Multi-paragraph wire stories and posts in the style of real ones: ages, singular victims, several events. */
class WireAndPostPatternsTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2025-04-13T07:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  @Test
  void englishWireStoryWithThreeEvents() {
    List<IncidentMention> ms = extract(
        "Russia launched 147 drones and three ballistic missiles at Ukraine overnight, the Ukrainian Air Force said. "
            + "In Kyiv, a 5-year-old girl and two adults were injured when debris fell on a residential building, "
            + "Mayor Vitali Klitschko said on Telegram.\n\n"
            + "In Dnipro, a missile strike on a railway station killed four people and injured 23, including two children, "
            + "Governor Serhii Lysak said.\n\n"
            + "Ukrainian drones attacked an oil refinery in Russia's Bryansk region, the regional governor said. "
            + "No casualties were reported.");
    assertThat(ms).hasSize(3);
    IncidentMention kyiv = ms.get(0);
    assertThat(kyiv.place().get().name()).isEqualTo("Kyiv");
    // "5-year-old" is an age, not a count; the girl and the two adults joined to her are three injured
    assertThat(kyiv.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(kyiv.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(kyiv.claim().source().links()).containsExactly("mayor of Kyiv", "Telegram");
    IncidentMention dnipro = ms.get(1);
    assertThat(dnipro.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(4));
    assertThat(dnipro.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(23));
    assertThat(dnipro.claim().target()).contains("railway");
    assertThat(dnipro.claim().attributedTo()).isEmpty(); // nobody named: unattributed is a valid answer
    IncidentMention bryansk = ms.get(2);
    assertThat(bryansk.claim().place().admin1()).isEqualTo("RU-BRY");
    assertThat(bryansk.claim().attributedTo()).contains("UA");
    assertThat(bryansk.claim().target()).contains("energy");
  }

  @Test
  void ukrainianAndRussianSingularVictims() {
    IncidentMention odesa = extract("Уночі росіяни атакували Одесу ударними БпЛА. Пошкоджено об'єкт енергетичної "
        + "інфраструктури. Загинула одна людина, ще троє поранені, серед них 14-річний хлопець, повідомив начальник "
        + "Одеської ОВА.").get(0);
    assertThat(odesa.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(odesa.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(odesa.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(odesa.claim().attributedTo()).contains("RU");
    IncidentMention donetsk = extract("В Донецке при обстреле со стороны ВСУ погиб мужчина, еще пять человек получили "
        + "ранения, заявил глава ДНР.").get(0);
    assertThat(donetsk.claim().place().name()).isEqualTo("Донецьк");
    assertThat(donetsk.claim().kind()).isEqualTo(ObservationKind.SHELLING);
    assertThat(donetsk.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(donetsk.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(5));
    assertThat(donetsk.claim().attributedTo()).contains("UA");
  }

  @Test
  void germanMoreThanAndChildren() {
    IncidentMention sumy = extract("Bei russischen Raketenangriffen auf die ostukrainische Stadt Sumy sind nach Angaben "
        + "der örtlichen Behörden mindestens elf Menschen getötet worden. Mehr als 80 weitere wurden verletzt, darunter "
        + "sieben Kinder, teilte die Militärverwaltung auf Telegram mit.").get(0);
    assertThat(sumy.claim().casualties().killed()).isEqualTo(CasualtyCount.atLeast(11));
    assertThat(sumy.claim().casualties().injured()).isEqualTo(CasualtyCount.atLeast(81));
    assertThat(sumy.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(7));
    assertThat(sumy.claim().means()).contains("missile");
  }
}
