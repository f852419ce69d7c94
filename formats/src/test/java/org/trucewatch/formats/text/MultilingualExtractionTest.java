package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.Hedge;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** Reports written after the pattern of real governors' posts and wire stories, one per language. */
class MultilingualExtractionTest {
  private static final Instant PUBLISHED = Instant.parse("2025-03-27T07:30:00Z"); // 09:30 in Kyiv, a Thursday
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text, Language expected) {
    IncidentMention.Extraction x = extractor.extract(
        new ReportText(text, Optional.empty(), PUBLISHED, Duration.ZERO, new SourceChain(List.of("dpa")), Optional.empty()));
    assertThat(x.language()).isEqualTo(expected);
    return x.mentions();
  }

  private static IncidentMention at(List<IncidentMention> ms, String latin) {
    return ms.stream().filter(m -> m.place().isPresent() && m.place().get().name().equals(latin)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention at " + latin + " in " + ms));
  }

  @Test
  void englishWireStoryWithKilledInjuredChildrenAndEnergyTarget() {
    String text = "Russian missile strike on Odesa energy facility kills two\n\n"
        + "Two people were killed and at least 11 injured, including three children, when a Russian missile hit an "
        + "energy facility in Odesa overnight, Governor Oleh Kiper said on Telegram. The number of casualties could rise.";
    List<IncidentMention> ms = extract(text, Language.EN);
    IncidentMention m = at(ms, "Odesa");
    assertThat(ms).hasSize(1);
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.atLeast(11));
    assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(3));
    assertThat(m.claim().means()).contains("missile");
    assertThat(m.claim().target()).contains("energy");
    assertThat(m.claim().attributedTo()).contains("RU");
    assertThat(m.claim().source().links()).containsExactly("regional military governor of Odesa Oblast", "Telegram", "dpa");
    assertThat(m.claim().hedges()).contains(Hedge.AT_LEAST, Hedge.MAY_RISE, Hedge.ACCORDING_TO);
    assertThat(m.claim().credibility()).isEqualTo(Credibility.POSSIBLY_TRUE);
    // "overnight" in a morning report: last night, in Kyiv time
    assertThat(m.claim().eventTime()).isEqualTo(Instant.parse("2025-03-27T00:00:00Z"));
    assertThat(m.claim().spans().get("time")).extracting(s -> s.text()).containsExactly("overnight");
  }

  @Test
  void ukrainianGovernorPostWithInflectedPlacesAndTotal() {
    String text = "Внаслідок ворожої атаки дронів на Харківщину постраждали щонайменше 12 людей. "
        + "У Харкові поранено 7 людей, у Золочеві — ще 5, серед них дитина. "
        + "Пошкоджено багатоповерховий будинок. Інформація уточнюється.";
    List<IncidentMention> ms = extract(text, Language.UK);
    IncidentMention total = ms.stream().filter(m -> m.claim().scope() == CasualtyScope.TOTAL).findFirst().orElseThrow();
    assertThat(total.claim().place().precision()).isEqualTo(LocationPrecision.REGION);
    assertThat(total.claim().place().admin1()).isEqualTo("UA-63");
    assertThat(total.claim().casualties().injured()).isEqualTo(CasualtyCount.atLeast(12));
    assertThat(at(ms, "Kharkiv").claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(7));
    IncidentMention zolochiv = at(ms, "Zolochiv");
    assertThat(zolochiv.place().get().geonameId()).isEqualTo(686895L);
    assertThat(zolochiv.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(5));
    assertThat(zolochiv.claim().means()).contains("drone");
    assertThat(zolochiv.claim().target()).contains("residential");
    assertThat(zolochiv.claim().attributedTo()).contains("RU");
    assertThat(zolochiv.claim().hedges()).contains(Hedge.AT_LEAST, Hedge.MAY_RISE);
  }

  @Test
  void russianReportOfShellingWithKilledAndYesterdayEvening() {
    String text = "Вчера вечером в результате обстрела со стороны ВСУ в Белгороде погибли два человека, "
        + "еще четверо получили ранения, сообщил губернатор Белгородской области.";
    List<IncidentMention> ms = extract(text, Language.RU);
    IncidentMention m = at(ms, "Belgorod");
    assertThat(m.claim().place().admin1()).isEqualTo("RU-BEL");
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(4));
    assertThat(m.claim().means()).contains("artillery");
    assertThat(m.claim().kind()).isEqualTo(ObservationKind.SHELLING);
    assertThat(m.claim().attributedTo()).contains("UA");
    assertThat(m.claim().source().original()).isEqualTo("regional military governor of Belgorod Oblast");
    // yesterday evening, 20:00 Kyiv time (UTC+2 in March before the clock change)
    assertThat(m.claim().eventTime()).isEqualTo(Instant.parse("2025-03-26T18:00:00Z"));
  }

  @Test
  void germanGlideBombAttackWithUpToAndDate() {
    String text = "Bei einem russischen Angriff mit Gleitbomben auf Saporischschja sind am 25. März nach Angaben "
        + "der Gebietsverwaltung bis zu fünf Menschen verletzt worden. Getroffen wurde ein Krankenhaus.";
    List<IncidentMention> ms = extract(text, Language.DE);
    IncidentMention m = at(ms, "Zaporizhzhya");
    assertThat(m.claim().casualties().injured()).isEqualTo(new CasualtyCount(0, java.util.OptionalInt.of(5)));
    assertThat(m.claim().means()).contains("glide-bomb");
    assertThat(m.claim().target()).contains("hospital-or-school");
    assertThat(m.claim().eventTime()).isEqualTo(Instant.parse("2025-03-25T10:00:00Z"));
  }

  @Test
  void reportNamingNoResolvablePlaceGivesAnUnknownLocationNeverZeroZero() {
    String text = "Two civilians were killed in a Russian drone attack on a village near the front line, "
        + "according to unconfirmed reports.";
    List<IncidentMention> ms = extract(text, Language.EN);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().place().precision()).isEqualTo(LocationPrecision.UNKNOWN);
    assertThat(ms.get(0).claim().place().centre()).isEmpty();
    assertThat(ms.get(0).claim().credibility()).isEqualTo(Credibility.DOUBTFUL);
  }

  @Test
  void regionOnlyReportIsPlacedAtTheRegion() {
    String text = "In der Region Sumy wurden bei russischen Drohnenangriffen drei Menschen getötet.";
    IncidentMention m = extract(text, Language.DE).get(0);
    assertThat(m.claim().place().precision()).isEqualTo(LocationPrecision.REGION);
    assertThat(m.claim().place().admin1()).isEqualTo("UA-59");
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void revisedFiguresInEveryLanguage() {
    assertThat(extract("Die Zahl der Verletzten nach dem russischen Drohnenangriff auf die Region Charkiw ist auf 21 gestiegen.",
        Language.DE).get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(21));
    assertThat(extract("The number of people injured in the Russian drone attack on Kharkiv has risen to 21.", Language.EN)
        .get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(21));
    assertThat(extract("Кількість поранених унаслідок атаки дронів на Харків зросла до 21.", Language.UK)
        .get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(21));
    assertThat(extract("Число погибших в результате удара по Белгороду возросло до пяти.", Language.RU)
        .get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(5));
  }

  @Test
  void aOneLineReportWithoutFullStopIsNoHeadline() {
    List<IncidentMention> ms = extract("Two people killed in Russian drone attack on Kharkiv yesterday", Language.EN);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(2));
    assertThat(ms.get(0).claim().eventTime()).isEqualTo(Instant.parse("2025-03-26T10:00:00Z"));
  }

  @Test
  void politicalTextWithPlacesButNoEventGivesNothing() {
    String text = "Selenskyj traf in Kiew und Charkiw Vertreter der Regierung. Die Gespräche über eine Waffenruhe gehen weiter.";
    assertThat(extract(text, Language.DE)).isEmpty();
  }
}
