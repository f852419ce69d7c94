package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * Round-ups that give a total and then its people place by place, figures in sentences that name
 * no place, speakers' regions, districts of a city and minors among a figure, as regional
 * administrations' posts and wire stories write them.
 */
class RoundUpsByPlaceTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> extract(String text, Language language) {
    return extractor.extract(new ReportText(text, Optional.of(language), Instant.parse("2025-10-15T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  private static List<Long> places(List<IncidentMention> ms) {
    return ms.stream().filter(m -> m.place().isPresent()).map(m -> m.place().get().geonameId()).toList();
  }

  /** The count a reader quotes: the sum over the mentions that are not a part of a total; -1 when none gives it. */
  private static int sum(List<IncidentMention> ms, String category) {
    int total = -1;
    for (IncidentMention m : ms) {
      if (m.claim().scope() == CasualtyScope.PART) {
        continue;
      }
      CasualtyCount c = switch (category) {
        case "killed" -> m.claim().casualties().killed();
        case "injured" -> m.claim().casualties().injured();
        default -> m.claim().casualties().minors();
      };
      if (!c.equals(CasualtyCount.UNKNOWN)) {
        total = Math.max(total, 0) + c.min();
      }
    }
    return total;
  }

  @Test
  void peopleListedByCommunityAfterATotalAreItsPartsNotRepeatsOfIt() {
    List<IncidentMention> ms = extract("""
        Минулої доби російські війська обстріляли Сумську область. Унаслідок ворожих атак травмовано трьох мирних мешканців, серед яких дитина:
        - У Сумській громаді постраждала дитина 12 років.
        - У Середино-Будській громаді травмовано 58-річного чоловіка та 44-річну жінку.""", Language.UK);
    assertThat(places(ms)).contains(692194L, 694491L); // Суми, Середина-Буда
    assertThat(sum(ms, "injured")).isEqualTo(3);
    assertThat(sum(ms, "minors")).isEqualTo(1);
  }

  @Test
  void aManInAVillageOfTheCommunityIsOneOfThoseCountedThere() {
    List<IncidentMention> ms = extract("Bei einem russischen Beschuss der Gemeinde Kostjantyniwka in der Region Donezk ist "
        + "ein Mensch ums Leben gekommen. Bei dem Toten handelt es sich um einen 61-jährigen Mann im Dorf Predtetschyne.",
        Language.DE);
    assertThat(sum(ms, "killed")).isEqualTo(1);
  }

  @Test
  void aSentenceThatNamesNoPlaceTellsOfThePlaceOfTheSentenceBefore() {
    List<IncidentMention> ms = extract("В 16:00 в Купянске в результате обстрела был поврежден дом. Погиб 71-летний мужчина. "
        + "В 12:40 в поселке Казачья Лопань в результате сброса боеприпаса погиб мужчина 45 лет.", Language.RU);
    assertThat(sum(ms, "killed")).isEqualTo(2);
    assertThat(ms).filteredOn(m -> m.place().isPresent()).anySatisfy(m -> {
      assertThat(m.place().get().geonameId()).isEqualTo(703656L); // Купянск
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    });
  }

  @Test
  void theRegionInASpeakersTitleIsNotWhereTheInjuredWere() {
    List<IncidentMention> ms = extract("""
        Bei einem russischen Luftangriff auf Charkiw sind am Nachmittag zwei Menschen ums Leben gekommen. Mindestens vier Personen wurden laut dem Chef der militärischen Administration der Region Charkiw verletzt.
        Eine Frau und ein Mann seien gestorben, vier Menschen seien auf der Straße verletzt worden.""", Language.DE);
    assertThat(sum(ms, "killed")).isEqualTo(2);
    assertThat(sum(ms, "injured")).isEqualTo(4);
  }

  @Test
  void aRegionsFigureToldAgainAtASettlementLeavesTheRegionTheTotalOfTheOthers() {
    List<IncidentMention> ms = extract("Bei russischen Angriffen im Gebiet Donezk sind zwei Menschen getötet und sechs "
        + "weitere verletzt worden. Die Armee habe Kostjantyniwka mit Artillerie beschossen. Zwei Menschen im Alter von 62 "
        + "und 70 Jahren seien ums Leben gekommen. Bei einem Drohnenangriff auf Kramatorsk seien fünf Männer verletzt worden.",
        Language.DE);
    assertThat(sum(ms, "killed")).isEqualTo(2);
    assertThat(sum(ms, "injured")).isEqualTo(6);
    assertThat(places(ms)).contains(705104L, 704508L);
  }

  @Test
  void aCommunityVillageFollowedByItsRegionIsTheVillage() {
    List<IncidentMention> ms = extract("Увечері внаслідок удару російського безпілотника у селі Дудчани Милівської громади на "
        + "Херсонщині загинула 64-річна жінка.", Language.UK);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().get().geonameId()).isEqualTo(709465L);
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    });
  }

  @Test
  void aCitysDistrictIsTheCityNotAVillageOfTheDistrictsName() {
    List<IncidentMention> ms = extract("Вранці війська РФ обстріляли Центральний район Херсона. Внаслідок обстрілу двоє "
        + "людей отримали поранення.", Language.UK);
    assertThat(places(ms)).containsExactly(706448L);
    List<IncidentMention> drones = extract("Уночі дрон здетонував у Шевченківському районі Харкова, пошкоджено склад.",
        Language.UK);
    assertThat(places(drones)).containsExactly(706483L);
  }

  @Test
  void fatalInjuriesBetweenCommasBeforeTheVictimAreADeath() {
    List<IncidentMention> ms = extract("Через скидання вибухівки з дрона травми, несумісні з життям, дістав 47-річний чоловік, "
        + "повідомили в Херсонській ОВА.", Language.UK);
    assertThat(sum(ms, "killed")).isEqualTo(1);
    assertThat(sum(ms, "injured")).isEqualTo(-1);
  }

  @Test
  void childrenAmongTheInjuredAreMinorsOfThatFigureNotMoreInjured() {
    List<IncidentMention> ru = extract("В результате утренней атаки на Запорожье пострадали 18 человек. Среди пострадавших "
        + "двое детей.", Language.RU);
    assertThat(sum(ru, "injured")).isEqualTo(18);
    assertThat(sum(ru, "minors")).isEqualTo(2);
    List<IncidentMention> uk = extract("Унаслідок ракетної атаки на Одесу 12 людей дістали поранення. Серед постраждалих троє "
        + "дітей віком 5, 9 та 14 років.", Language.UK);
    assertThat(sum(uk, "injured")).isEqualTo(12);
    assertThat(sum(uk, "minors")).isEqualTo(3);
  }

  @Test
  void childrenKilledAreKilledAndMinors() {
    List<IncidentMention> ms = extract("Росіяни обстріляли Херсон, вбили трьох дітей.", Language.UK);
    assertThat(sum(ms, "killed")).isEqualTo(3);
    assertThat(sum(ms, "minors")).isEqualTo(3);
  }

  @Test
  void schoolchildrenAreMinorsNotASchool() {
    List<IncidentMention> ms = extract("Після ракетного удару по Запоріжжю поранено 20 людей. Троє школярів у віці 10, 12 "
        + "та 13 років у лікарні.", Language.UK);
    assertThat(sum(ms, "minors")).isEqualTo(3);
    assertThat(sum(ms, "injured")).isEqualTo(20);
  }

  @Test
  void aFigureBeforeAColonTakesNoPlaceOfTheListAfterIt() {
    List<IncidentMention> ms = extract("За добу росіяни вбили 4 мирних жителів Донеччини: 2 у Покровську, 1 у Костянтинівці "
        + "та 1 у Торецьку.", Language.UK);
    assertThat(sum(ms, "killed")).isEqualTo(4);
    assertThat(ms).filteredOn(m -> m.place().isPresent()).anySatisfy(m -> {
      assertThat(m.place().get().geonameId()).isEqualTo(705104L); // Костянтинівка
      assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    });
  }

  @Test
  void activeVerbsBeforeTheirCountsAreTheirCategories() {
    List<IncidentMention> de = extract("In der Nacht griffen Russen Saporischschja an, töteten eine Person und verletzten "
        + "fünf weitere.", Language.DE);
    assertThat(sum(de, "killed")).isEqualTo(1);
    assertThat(sum(de, "injured")).isEqualTo(5);
    List<IncidentMention> ru = extract("Ночью ВСУ обстреляли Горловку, убили двух мирных жителей.", Language.RU);
    assertThat(sum(ru, "killed")).isEqualTo(2);
  }

  @Test
  void anotherPersonAlsoHurtIsOneMoreNotTheSameToldAgain() {
    List<IncidentMention> uk = extract("Внаслідок вечірнього удару в Ковпаківському районі Сум постраждав 58-річний чоловік. "
        + "Як додає Григоров, поранень зазнав також 49-річний чоловік, він постраждав удень.", Language.UK);
    assertThat(sum(uk, "injured")).isEqualTo(2);
    List<IncidentMention> en = extract("In the Bilopillia community, a civilian was killed in the drone strikes, while another "
        + "person was seriously injured.", Language.EN);
    assertThat(sum(en, "killed")).isEqualTo(1);
    assertThat(sum(en, "injured")).isEqualTo(1);
  }

  @Test
  void peopleOfDifferentAgesAreDifferentPeople() {
    List<IncidentMention> ms = extract("В 01:30 в поселке Купянск-Узловой в результате обстрела горела хозяйственная постройка. "
        + "Пострадала 74-летняя женщина. В 11:20 в селе Шийковка Изюмского района пострадал 59-летний мужчина.", Language.RU);
    assertThat(sum(ms, "injured")).isEqualTo(2);
  }

  @Test
  void aGermanArticleIsNoFigureButOneMoreIs() {
    List<IncidentMention> ms = extract("In der Stadt Dnipro sind neun Menschen durch herabfallende Trümmerteile einer "
        + "russischen Rakete verletzt worden. Ein weiterer Mensch sei bei einem Luftangriff in der Stadt Selydowe verletzt "
        + "worden.", Language.DE);
    assertThat(sum(ms, "injured")).isEqualTo(10);
    List<IncidentMention> killed = extract("Zwei Menschen hätten die Russen in Kateryniwka bei Pokrowsk, einen weiteren in "
        + "Nowohrodiwka getötet.", Language.DE);
    assertThat(sum(killed, "killed")).isEqualTo(3);
  }

  @Test
  void twoPersonsJoinedByAndAfterAFigureOfTwoAreThoseTwo() {
    List<IncidentMention> ms = extract("Bei einem russischen Beschuss der Stadt Kostjantyniwka wurden zwei Personen verletzt. "
        + "Um 14:15 Uhr feuerten die Russen mit Artillerie auf die Stadt. Die Nachbarn, ein 36 Jahre alter Mann und eine "
        + "70-jährige Frau seien in ihren Häusern verletzt worden.", Language.DE);
    assertThat(sum(ms, "injured")).isEqualTo(2);
  }

  @Test
  void oneOfTheInjuredIsNoFigureButOneOfThemDyingIsADeath() {
    List<IncidentMention> en = extract("The Russian army shelled Kherson last night. According to him, 3 people died and 6 "
        + "were injured in the attack. One of the injured is a child.", Language.EN);
    assertThat(sum(en, "injured")).isEqualTo(6);
    assertThat(sum(en, "minors")).isEqualTo(1);
    List<IncidentMention> uk = extract("Росіяни вдарили дроном по Малокатеринівці, поранені двоє чоловіків. Згодом голова "
        + "області уточнив, один із поранених помер від отриманих травм.", Language.UK);
    assertThat(sum(uk, "killed")).isEqualTo(1);
  }

  @Test
  void aRepeatInAVillageOfTheCommunityIsTheSameDeath() {
    List<IncidentMention> ms = extract("Russische Truppen haben die Gemeinde Orichiw in der Region Saporischschja angegriffen. "
        + "Ein Mann kam ums Leben. Eine russische FPV-Drohne habe das Dorf Nowopawliwka angegriffen. Der Mann sei noch am "
        + "Ort ums Leben gekommen.", Language.DE);
    assertThat(sum(ms, "killed")).isEqualTo(1);
  }

  @Test
  void wordsThatTakeALifeAreDeaths() {
    assertThat(sum(extract("Цей ворожий удар по селу Золота Балка обірвав життя 58-річного чоловіка.", Language.UK),
        "killed")).isEqualTo(1);
    assertThat(sum(extract("ВСУ обстреляли Каменку-Днепровскую. Одного из местных жителей не удалось спасти.", Language.RU),
        "killed")).isEqualTo(1);
    assertThat(sum(extract("Russians shelled the village of Bilozerka. Rescuers found the body of a 66-year-old man under "
        + "the rubble.", Language.EN), "killed")).isEqualTo(1);
  }

  @Test
  void adultsAndAChildJoinedByAndAreCountedTogether() {
    List<IncidentMention> ms = extract("В городе Алешки в результате удара ВСУ погибли двое взрослых и десятилетний ребенок.",
        Language.RU);
    assertThat(sum(ms, "killed")).isEqualTo(3);
    assertThat(sum(ms, "minors")).isEqualTo(1);
  }

  @Test
  void peopleBetweenDashesDoNotEndTheFiguresReach() {
    List<IncidentMention> ms = extract("Вечером агрессор снова атаковал Никополь из тяжелой артиллерии. Еще два человека – "
        + "мужчина 71 года и женщина 39 лет – получили ранения.", Language.RU);
    assertThat(sum(ms, "injured")).isEqualTo(2);
  }

  @Test
  void aPersonFoundUnderRubbleAndOthersTreatedAreNotJoinedByTheirAnd() {
    List<IncidentMention> ms = extract("Prokudin had earlier reported an afternoon attack in the village of Bilozerka on the "
        + "Dnipro's west bank. The body of a man was found under rubble and a man and three women were being treated in "
        + "hospital.", Language.EN);
    assertThat(sum(ms, "killed")).isEqualTo(1);
    assertThat(places(ms)).containsExactly(712508L); // Білозерка, not Dnipro the city
  }

  @Test
  void aPointOfReferenceAfterANameSaysWhichNamesakeItIs() {
    List<IncidentMention> en = extract("The SMM saw a man with shrapnel wounds when a mortar round exploded next to his house "
        + "in Yasne (30km south-west of Donetsk).", Language.EN);
    assertThat(places(en)).containsExactly(9643514L);
    List<IncidentMention> ru = extract("Двое мирных жителей были ранены в поселке Александровка под Донецком в результате "
        + "обстрела.", Language.RU);
    assertThat(places(ru)).containsExactly(713652L);
  }

  @Test
  void aVillagesNamesakeNearThePlacesOfAnotherParagraphIsTheOneMeant() {
    List<IncidentMention> ms = extract("""
        According to him, at least 20 hits were registered in Mykilske at noon. Rescuers found the body of a 64-year-old man under the rubble.

        Also, at about 10:40, Russians shelled Tiahynka. One person was injured.""", Language.EN);
    assertThat(places(ms)).contains(700069L, 690903L);
  }

  @Test
  void theDeadOfAShellingNamedWithTheirVillagesPlaceTheIncidents() {
    List<IncidentMention> de = extract("Im Gebiet Donezk seien durch feindlichen Beschuss drei Menschen getötet worden. Die "
        + "Toten habe es in den Ortschaften Krasnohoriwka, Marjinka und Soledar gegeben.", Language.DE);
    assertThat(places(de)).contains(704393L, 701845L, 706757L);
    List<IncidentMention> en = extract("The Mission followed up on civilian casualties in Pivdenne and Druzhkivka. It observed "
        + "fresh damage caused by shelling in residential areas of Pikuzy.", Language.EN);
    assertThat(places(en)).contains(616743L);
  }

  @Test
  void peopleWhoSoughtMedicalHelpAreInjured() {
    List<IncidentMention> ms = extract("The number of victims from the Russian missile strike on Zaporizhzhia has risen to 14 "
        + "people who sought medical help.", Language.EN);
    assertThat(sum(ms, "injured")).isEqualTo(14);
  }

  @Test
  void theInjuredToldBySexAfterAColonAreThoseCountedBefore() {
    List<IncidentMention> ms = extract("In Saporischschja wurden bei russischem Beschuss Häuser beschädigt. Später stellte "
        + "Fedorow klar, dass sechs Menschen verletzt wurden: zwei Männer und vier Frauen.", Language.DE);
    assertThat(sum(ms, "injured")).isEqualTo(6);
  }

  @Test
  void peopleCountedByTheirAgesJoinedByAndAreThatMany() {
    List<IncidentMention> uk = extract("Росіяни ударили FPV-дроном по Малокатеринівці. Поранені 41-річний та 63-річний "
        + "чоловіки.", Language.UK);
    assertThat(sum(uk, "injured")).isEqualTo(2);
    List<IncidentMention> ru = extract("В результате обстрела Горловки погибли 40-летний и 52-летний мужчины.", Language.RU);
    assertThat(sum(ru, "killed")).isEqualTo(2);
  }

  @Test
  void aGirlAmongTheInjuredIsAMinor() {
    List<IncidentMention> ms = extract("In Pawlohrad starb während eines russischen Drohnenangriffs ein 55-Jähriger. Drei "
        + "weitere Zivilisten, unter ihnen ein zehnjähriges Mädchen, wurden bei der Attacke verletzt.", Language.DE);
    assertThat(sum(ms, "minors")).isEqualTo(1);
    assertThat(sum(ms, "injured")).isEqualTo(3);
  }
}
