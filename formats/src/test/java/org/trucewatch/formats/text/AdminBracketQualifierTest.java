package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Place;

/**
 * ACLED's admin qualifier in brackets, "X (raion centre, oblast)" and "X (oblast)": it says which
 * of X's namesakes is meant and is never a place of its own.
 */
class AdminBracketQualifierTest {
  private static List<Place> places(String text) {
    return ExtractedSentences.mentions(text, Language.EN).stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void aVillageQualifiedByItsRaionCentreIsTheVillageNotTheCentre() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 7 March 2024, Russian forces shelled Petropavlivka "
        + "(Kupiansk, Kharkiv), killing a 70-year-old man.", Language.EN);
    assertThat(ms).hasSize(1);
    Place p = ms.get(0).place().get();
    assertThat(p.name()).isEqualTo("Petropavlivka");
    assertThat(p.region()).isEqualTo("UA-63");
    assertThat(p.raion()).isEqualTo("6308");
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aTownQualifiedByTheCityItsRaionIsNamedAfter() {
    assertThat(places("On 9 January 2025, a Russian drone struck an enterprise in Vilniansk (Zaporizhzhia, Zaporizhia), "
        + "injuring 3 workers.")).extracting(Place::name).containsExactly("Vilnyansk");
  }

  @Test
  void aRaionCentreQualifiedByItsOwnRaionIsTheCentre() {
    assertThat(places("On 2 April 2024, a Russian drone struck a car in Vasylivka (Vasylivka, Zaporizhia), "
        + "injuring 2 civilians.")).extracting(Place::name, Place::region).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Vasylivka", "UA-23"));
    assertThat(places("On 2 April 2024, a Russian drone struck a car in Vasylivka (Vasylivka, Zaporizhia), "
        + "injuring 2 civilians.").get(0).population()).isGreaterThan(10_000);
  }

  @Test
  void theOblastAloneSaysWhichNamesake() {
    List<Place> ps = places("On 11 May 2024, Russian forces shelled Oleshky (Kherson), killing a woman.");
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).name()).isEqualTo("Oleshky");
    assertThat(ps.get(0).region()).isEqualTo("UA-65");
  }

  @Test
  void aCityWithItsOblastInBracketsIsOnePlace() {
    List<IncidentMention> ms = ExtractedSentences.mentions("On 20 June 2024, Russian forces shelled Nikopol city "
        + "(Dnipropetrovsk), killing 1 civilian and injuring 4.", Language.EN);
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).place().get().name()).isEqualTo("Nikopol");
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(4));
  }

  @Test
  void theBracketIsNoPlaceWhenTheVillageIsUnknown() {
    assertThat(places("On 4 August 2024, Russian forces shelled Zarichnyi-Druhyi (Pokrovsk, Donetsk), injuring a man."))
        .extracting(Place::name).doesNotContain("Pokrovsk");
  }

  @Test
  void theRaionByItsAdjectivalNameOrWithTheWordRaion() {
    for (String raion : List.of("Chuhuivskyi", "Chuhuiv raion")) {
      List<Place> ps = places("On 7 March 2024, Russian forces shelled Petropavlivka (" + raion + ", Kharkiv), "
          + "killing a 70-year-old man.");
      assertThat(ps).extracting(Place::name, Place::raion).containsExactly(org.assertj.core.groups.Tuple.tuple("Petropavlivka", "6314"));
    }
  }
}
