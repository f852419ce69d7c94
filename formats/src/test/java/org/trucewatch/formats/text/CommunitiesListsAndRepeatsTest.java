package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * Places named as communities or in lists, multi-word names inflected, and figures told twice or
 * given as ages, as governors' posts and monitors' reports write them.
 */
class CommunitiesListsAndRepeatsTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text, Language language) {
    return extractor.extract(new ReportText(text, Optional.of(language), Instant.parse("2025-04-03T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  private static List<Long> places(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.place().isPresent()).map(m -> m.place().get().geonameId()).toList();
  }

  private static int sum(List<IncidentMention> ms, boolean killed) {
    return ms.stream().filter(m -> m.claim().scope() != org.trucewatch.core.claim.CasualtyScope.PART)
        .mapToInt(m -> (killed ? m.claim().casualties().killed() : m.claim().casualties().injured()).min()).sum();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "У Кривому Розі внаслідок ракетного удару поранено трьох людей.|uk|703845",
      "Окупанти обстріляли Часів Яр. У Часовому Яру загинула жінка, повідомили в ОВА.|uk|710915",
      "Окупанти скинули КАБ на околиці Великої Новосілки, поранено трьох людей.|uk|690237",
      "В результате обстрела в Голой Пристани погибла женщина.|ru|708632",
      "Унаслідок обстрілу у Середино-Будській громаді травмовано 60-річного чоловіка.|uk|694491",
      "Росіяни атакували дроном Шосткинську громаду, поранено двох людей.|uk|693942",
      "Окупанти обстріляли Марганецьку громаду з артилерії, загинув чоловік.|uk|701855"})
  void aMultiWordNameOrACommunityFindsItsSettlement(String text, String language, long geonameId) {
    assertThat(places(extract(text, Language.parse(language)))).contains(geonameId);
  }

  @Test
  void aVillageNamedWithItsCommunityIsTheNamesakeNearTheSeat() {
    List<IncidentMention> ms = extract("Росіяни атакували Яблунівку Іллінівської громади FPV-дроном: загинула жінка.",
        Language.UK);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().get().canonical()).isEqualTo("Яблунівка");
      assertThat(m.place().get().region()).isEqualTo("UA-14");
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    });
  }

  @Test
  void everyPlaceOfAListOfShelledPlacesIsAnIncident() {
    List<IncidentMention> ms = extract("The SMM observed damage to civilian property when conducting shelling assessments "
        + "in Krasnohorivka, Horlivka and Avdiivka.", Language.EN);
    assertThat(places(ms)).containsExactly(704393L, 707753L, 713122L);
  }

  @Test
  void aPlaceAndItsRegionAreNoList() {
    List<IncidentMention> ms = extract("On 3 March 2024, Russian forces shelled positions near Robotyne, Zaporizhia.",
        Language.EN);
    assertThat(ms).extracting(m -> m.place().get().name()).containsExactly("Robotyne");
  }

  @Test
  void aRiverNamedAfterACityIsNoPlace() {
    List<IncidentMention> ms = extract("A woman died in Kherson as Russian forces shelled the city from the eastern bank "
        + "of the Dnipro River.", Language.EN);
    assertThat(places(ms)).containsExactly(706448L);
  }

  @Test
  void aFigureToldAgainInAQuoteIsCountedOnce() {
    List<IncidentMention> ms = extract("""
        Russian missiles hit the outskirts of Kharkiv: 13 people were injured and one person died.

        "As of now, a total of 13 injured and one dead person are known," the governor wrote.""", Language.EN);
    assertThat(sum(ms, false)).isEqualTo(13);
    assertThat(sum(ms, true)).isEqualTo(1);
  }

  @Test
  void aParagraphWithFiguresContinuesTheAttackBeforeIt() {
    List<IncidentMention> ms = extract("""
        Eine russische Rakete traf am Morgen ein Wohnhaus in Dnipro, zwei Menschen wurden getötet.

        Die Zahl der Verletzten stieg am Abend auf 21.""", Language.DE);
    assertThat(sum(ms, false)).isEqualTo(21);
    assertThat(sum(ms, true)).isEqualTo(2);
  }

  @Test
  void anEarlierReportsFigureGivesWayToTheNewerOne() {
    List<IncidentMention> ms = extract("Nach dem Raketenangriff auf Dnipro ist die Zahl der Toten auf fünf gestiegen. "
        + "Zuvor wurde über vier Tote berichtet.", Language.DE);
    assertThat(sum(ms, true)).isEqualTo(5);
  }

  @Test
  void aListOfAgesCountsItsPeopleAndIsNoFigureItself() {
    List<IncidentMention> uk = extract("Ямпільська громада – внаслідок обстрілу загинули жінки 72 і 67 років.", Language.UK);
    assertThat(sum(uk, true)).isEqualTo(2);
    List<IncidentMention> de = extract("Die russische Armee griff ein Auto in Biloserka an. Vier Männer im Alter von 27, 31 "
        + "und 32 Jahren wurden verletzt.", Language.DE);
    assertThat(sum(de, false)).isEqualTo(4);
    List<IncidentMention> ru = extract("В Горловке при обстреле погибла женщина 1965 года рождения.", Language.RU);
    assertThat(sum(ru, true)).isEqualTo(1);
  }

  @Test
  void aTotalMustSpeakOfEveryCategoryItsPartsGive() {
    List<IncidentMention> ms = extract("Вранці росіяни атакували Покровськ дроном: загинула жінка. "
        + "Ворог ударив безпілотником по автівці: 5 людей дістали поранення.", Language.UK);
    assertThat(ms).noneMatch(m -> m.claim().scope() == org.trucewatch.core.claim.CasualtyScope.TOTAL);
    assertThat(sum(ms, true)).isEqualTo(1);
    assertThat(sum(ms, false)).isEqualTo(5);
  }

  @Test
  void aDayOfAMonthIsNoCount() {
    List<IncidentMention> ms = extract("The mayor of Donetsk reported on December 10 about a civilian who died during "
        + "shelling of the city.", Language.EN);
    assertThat(sum(ms, true)).isEqualTo(1);
  }

  @Test
  void fatalInjuriesAreADeath() {
    List<IncidentMention> ms = extract("Russian troops shelled Kherson with artillery: a 49-year-old woman sustained fatal "
        + "injuries.", Language.EN);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
    });
  }

  @Test
  void aPlaceGivenAsADirectionsReferenceIsNotWhereItHappened() {
    List<IncidentMention> ms = extract("The SMM observed fresh damage from shelling. In Toretsk (43km north of Donetsk), "
        + "the SMM saw damage to two hospitals.", Language.EN);
    assertThat(ms).extracting(m -> m.place().get().name()).containsExactly("Toretsk");
  }

  @Test
  void placesInLaterParagraphsArePartsOfTheRegionsTotal() {
    List<IncidentMention> ms = extract("""
        Russian shelling killed three civilians on Saturday in Ukraine's Kherson region, officials said.

        Two bodies were recovered from a house that came under fire in Beryslav.

        An artillery strike in the evening killed one person in Bilozerka.""", Language.EN);
    assertThat(ms.get(0).claim().scope()).isEqualTo(org.trucewatch.core.claim.CasualtyScope.TOTAL);
    assertThat(ms.subList(1, ms.size())).allSatisfy(m -> {
      assertThat(m.claim().scope()).isEqualTo(org.trucewatch.core.claim.CasualtyScope.PART);
      assertThat(m.partOf()).contains(0);
    });
    assertThat(sum(ms, true)).isEqualTo(3);
  }

  @Test
  void aFigureRepeatedInTheSameParagraphIsCountedOnce() {
    List<IncidentMention> ms = extract("As a result of Russian missile strikes on Kharkiv, 13 people were injured and one "
        + "person died.\n\"As of now, a total of 13 injured are known,\" the governor wrote.", Language.EN);
    assertThat(sum(ms, false)).isEqualTo(13);
  }

  @Test
  void aVillageAfterAnAttackAndItsPrepositionIsTheTarget() {
    List<IncidentMention> ms = extract("A monitor was hurt by concrete debris as a result of a shell attack on Shyrokyne.",
        Language.EN);
    assertThat(ms).singleElement().satisfies(m -> assertThat(m.place().get().name()).isEqualTo("Shyrokyne"));
  }

  @Test
  void childrenHurtAtANamedPlaceAreAnIncidentAndAreAmongTheInjured() {
    List<IncidentMention> ms = extract("The Mission followed up on reports of two children injured on 28 August in "
        + "non-government-controlled Horlivka, Donetsk region.", Language.EN);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().get().geonameId()).isEqualTo(707753L);
      assertThat(m.claim().casualties().minors()).isEqualTo(CasualtyCount.exactly(2));
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(2));
    });
  }

  @Test
  void collectiveNumeralsInOtherCasesAreFigures() {
    List<IncidentMention> ms = extract("Ворог вчинив ракетну атаку на Дніпро. Наразі відомо про 1 загиблу людину і "
        + "п'ятьох поранених.", Language.UK);
    assertThat(sum(ms, false)).isEqualTo(5);
    assertThat(sum(ms, true)).isEqualTo(1);
  }

  @Test
  void housesCountedAreNoPeople() {
    List<IncidentMention> ms = extract("Die russische Armee hat Kostjantyniwka mit Artillerie beschossen. Eine 67-Jährige "
        + "wurde verletzt und 32 Wohnhäuser wurden beschädigt.", Language.DE);
    assertThat(sum(ms, false)).isEqualTo(1);
  }

  @Test
  void aCompoundsLastPartIsItsMeans() {
    List<IncidentMention> ms = extract("In der Region Saporischschja habe eine russische FPV-Drohne das Dorf Nowopawliwka bei Orichiw angegriffen.",
        Language.DE);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.claim().means()).contains("drone");
      // of the two villages of the name in the Zaporizhzhia region, the one near Orikhiv
      assertThat(m.place().get().geonameId()).isEqualTo(699378L);
    });
  }

  @Test
  void aPersonInAnAppositionIsOneOfThoseCounted() {
    List<IncidentMention> ms = extract("In Pawlohrad starb während eines russischen Drohnenangriffs ein 55-Jähriger. Drei "
        + "weitere Zivilisten, unter ihnen ein achtjähriges Mädchen, wurden bei der Attacke verletzt.", Language.DE);
    assertThat(sum(ms, false)).isEqualTo(3);
    List<IncidentMention> en = extract("Russian forces hit Kharkiv with a missile; rescue teams saved six people, including "
        + "one child, while about 20 people were injured.", Language.EN);
    assertThat(en).allSatisfy(m -> assertThat(m.claim().casualties().minors()).isNotEqualTo(CasualtyCount.exactly(6)));
  }

  @Test
  void aNumberAtAPlaceGoesOnInTheFiguresCategory() {
    List<IncidentMention> ms = extract("Минулої доби внаслідок обстрілів Донецької області загинуло 5 осіб, ще 18 – отримали "
        + "поранення. \"За 17 вересня росіяни вбили 5 мирних жителів: 2 у Бахмуті, 2 у Вугледарі та 1 у Курахові.\"",
        Language.UK);
    assertThat(places(ms)).contains(713174L, 690823L);
    assertThat(sum(ms, true)).isEqualTo(5);
    assertThat(sum(ms, false)).isEqualTo(18);
  }

  @Test
  void aListOfCommunitiesNamesEverySeat() {
    List<IncidentMention> ms = extract("Росіяни обстрілювали Нікопольщину з важкої артилерії. Під ударом були Покровська, "
        + "Марганецька громади і Нікополь.", Language.UK);
    assertThat(ms).extracting(m -> m.place().get().name()).contains("Marhanets", "Nikopol");
  }

  @Test
  void personsJoinedByAndAreCountedEach() {
    List<IncidentMention> uk = extract("Росіяни атакували дроном село Орлове. Поранення дістали 79-річна жінка та 71-річний "
        + "чоловік.", Language.UK);
    assertThat(sum(uk, false)).isEqualTo(2);
    List<IncidentMention> en = extract("Russian troops shelled Kherson, killing a 27-year-old local resident.", Language.EN);
    assertThat(sum(en, true)).isEqualTo(1);
  }

  @Test
  void strikesAndWeaponsCountedAreNoPeople() {
    List<IncidentMention> ms = extract("Уночі росіяни атакували Запоріжжя: внаслідок щонайменше семи ударів БПЛА травм зазнали "
        + "троє людей.", Language.UK);
    assertThat(sum(ms, false)).isEqualTo(3);
  }

  @Test
  void aRiseToANumberIsARevisionHoweverFarItsVerb() {
    List<IncidentMention> ms = extract("Bei einem Angriff mit einer Gleitbombe auf Charkiw sind Dutzende verletzt worden. Nach "
        + "Behördenangaben stieg die Zahl der Verletzten bis zum Abend auf 56.", Language.DE);
    assertThat(sum(ms, false)).isEqualTo(56);
  }

  @Test
  void aFigureToldAgainWithItsSettlementTakesTheSettlement() {
    List<IncidentMention> ms = extract("После удара ВСУ по Запорожской области ребенок получил тяжелые ранения. Балицкий "
        + "сообщил, что в частном домовладении в Каменке-Днепровской пострадала 11-летняя девочка.", Language.RU);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place()).isPresent();
      assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(1));
    });
  }
}
