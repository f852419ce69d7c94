package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** A region or raion named after a settlement says which of its namesakes it is, and is no place of its own. */
class RegionQualifierTest {
  private static final Instant PUBLISHED = Instant.parse("2025-04-03T09:00:00Z");
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), PUBLISHED, Duration.ZERO, SourceChain.UNNAMED,
        Optional.empty())).mentions();
  }

  private static List<Long> placeIds(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.place().isPresent()).map(m -> m.place().get().geonameId()).toList();
  }

  @Test
  void acledSettlementCommaOblastPicksTheDonetskPivdenne() {
    // nine villages are called Pivdenne; the one in Donetsk Oblast is 703224
    List<IncidentMention> ms = extract("On 14 March 2025, Russian forces shelled Ukrainian positions near Pivdenne, Donetsk. "
        + "According to the Ukrainian General Staff, 2 soldiers were killed.");
    assertThat(placeIds(ms)).containsExactly(703224L);
    assertThat(ms.get(0).claim().casualties().killed().min()).isEqualTo(2);
  }

  @Test
  void oblastAfterAVillageIsNotTheCityOfDonetsk() {
    // Shumy near Toretsk, not Donetsk city 60 km away nor Shumy in Vinnytsia Oblast
    List<IncidentMention> ms = extract("On 2 April 2025, Russian forces shelled Shumy, Donetsk. 1 civilian was killed.");
    assertThat(placeIds(ms)).containsExactly(9114121L);
    assertThat(ms).allSatisfy(m -> assertThat(m.claim().place().precision()).isEqualTo(LocationPrecision.SETTLEMENT));
  }

  @Test
  void aListOfCitiesIsNotAQualifier() {
    List<IncidentMention> ms = extract("Russian missiles struck Kramatorsk, Donetsk and Horlivka overnight, "
        + "local authorities said. Two people were injured in Kramatorsk.");
    assertThat(ms).extracting(m -> m.place().map(p -> p.name()).orElse("?")).contains("Kramatorsk");
  }

  @Test
  void regionInParenthesesPicksTheKharkivZolochiv() {
    List<IncidentMention> ms = extract("A Russian drone struck a house in Zolochiv (Kharkiv region) on Tuesday evening, "
        + "injuring two people, the regional governor said.");
    assertThat(placeIds(ms)).containsExactly(686895L);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().spans().get("place").get(0).text()).isEqualTo("Zolochiv (Kharkiv region)");
  }

  @Test
  void aDirectionAdjectiveMayStandBetweenTheVillageAndItsOblast() {
    // de-012 of the dev set: the Antoniwka of Kherson Oblast, its qualifier part of its mention
    List<IncidentMention> ms = extract("Im Dorf Antoniwka in der südlichen Oblast Cherson ist ein 68-jähriger Mann durch "
        + "russischen Drohnenangriff verletzt worden.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().place().admin1()).isEqualTo("UA-65");
    assertThat(ms.get(0).claim().spans().get("place").get(0).text()).isEqualTo("Antoniwka in der südlichen Oblast Cherson");
  }

  @Test
  void raionPicksAmongNamesakesOfOneOblast() {
    // eleven villages of Kharkiv Oblast are called Novoselivka; one lies in Kharkiv Raion
    List<IncidentMention> ms = extract("Унаслідок обстрілу села Новоселівка Харківського району поранено двох людей, "
        + "повідомив голова ОВА Олег Синєгубов.");
    assertThat(placeIds(ms)).containsExactly(8677633L);
    assertThat(ms).hasSize(1);
  }

  @Test
  void raionAfterAPrepositionQualifiesToo() {
    List<IncidentMention> ms = extract("Вранці ворог атакував дроном село Петрівка у Харківському районі. Загинула жінка.");
    assertThat(placeIds(ms)).containsExactly(697341L);
  }

  @Test
  void regionNounPicksTheOblastAndIsNoSecondPlace() {
    List<IncidentMention> ms = extract("Через удар КАБом по селу Благодатне на Харківщині загинули двоє людей.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().place().admin1()).isEqualTo("UA-63");
    assertThat(ms.get(0).claim().place().precision()).isEqualTo(LocationPrecision.SETTLEMENT);
    assertThat(ms.get(0).claim().casualties().killed().min()).isEqualTo(2);
  }

  @Test
  void germanGebietAfterTheVillagePicksTheOblast() {
    List<IncidentMention> ms = extract("Bei einem russischen Drohnenangriff auf das Dorf Petriwka im Gebiet Charkiw "
        + "wurden nach Behördenangaben zwei Menschen verletzt.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().place().admin1()).isEqualTo("UA-63");
    assertThat(ms.get(0).claim().place().precision()).isEqualTo(LocationPrecision.SETTLEMENT);
    assertThat(ms.get(0).claim().spans().get("place").get(0).text()).isEqualTo("Petriwka im Gebiet Charkiw");
  }

  @Test
  void aCityDistrictNamedLikeARaionIsNoQualifierAndBreaksNothing() {
    // Kharkiv's Shevchenkivskyi district shares its name with raions elsewhere but lies in no raion's oblast
    List<IncidentMention> ms = extract("Увечері російський дрон влучив у будинок у Шевченківському районі Харкова. "
        + "Поранено двох людей, повідомив міський голова.");
    assertThat(ms).isNotEmpty();
    assertThat(ms.get(0).claim().casualties().injured().min()).isEqualTo(2);
  }
}
