package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Names of places that are not where the event happened (an outlet, a government, a street), and
 * village namesakes told apart by the places named with them. Sentences from the dev set's tuning part.
 */
class NotThePlaceTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<Place> places(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-03-05T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions().stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void anOutletNamedAfterACityIsNoPlace() {
    // de-044
    assertThat(places("Ein jüngster Drohnenangriff hat im nordöstlichen Gebiet der Ukraine, genauer gesagt in Sumy, eine "
        + "tragische Bilanz hinterlassen. Nach Berichten der \"The Kyiv Independent\" unter Berufung auf den örtlichen "
        + "Militärgouverneur Oleh Hryhorow, kamen bei dem russischen Angriff drei Menschen ums Leben, darunter ein "
        + "achtjähriges Kind."))
        .extracting(Place::name).contains("Sumy").doesNotContain("Kyiv");
  }

  @Test
  void aCityStandingForItsGovernmentIsNoPlace() {
    // en-018
    assertThat(places("A civilian was killed and ten injured as the Kiev government troops shelled Donetsk on Thursday "
        + "evening, the authorities of the Donetsk People’s Republic said."))
        .extracting(Place::name).containsExactly("Donetsk");
  }

  @Test
  void aDistrictNamedAfterATownIsNotTheTown() {
    // en-013: the drone hit a truck somewhere in the Sumy district, not in Sumy
    assertThat(places("Russian occupation forces attacked the Sumy district with a drone. One person was killed and two "
        + "others were injured as a result of an enemy UAV attack on a truck near one of the starosta districts."))
        .extracting(Place::name).doesNotContain("Sumy");
  }

  @Test
  void aStreetNamedAfterAPlaceIsNoPlace() {
    // ru-029: улица Уткина is no village Уткино
    assertThat(places("Мэр Донецка Алексей Кулемзин сообщил в воскресенье, что во время обстрела Куйбышевского района в "
        + "результате прямого попадания в частный дом по улице Уткина погиб мужчина 1956 года рождения."))
        .extracting(Place::name).doesNotContain("Utkino");
    // en-051: Pobeda Street in Yasne is no village Pobeda
    assertThat(places("At the hospital in ”DPR”-controlled Dokuchaievsk (30km south-west of Donetsk) the SMM saw a man who "
        + "had sustained shrapnel wounds when allegedly a mortar round had exploded next to his house in Pobeda Street in "
        + "Yasne (30km south-west of Donetsk) on October 31."))
        .extracting(Place::region).containsOnly("UA-14");
  }

  @Test
  void aDatelineIsWhereTheReportWasWrittenNotWhereTheEventHappened() {
    // de-006: the deaths were somewhere in Donetsk Oblast, not in Kramatorsk
    assertThat(places("Kramatorsk - In dem zwischen russischen und ukrainischen Truppen umkämpften Gebiet Donezk sind am "
        + "Dienstag nach Behördenangaben sieben Zivilisten getötet worden.")).isEmpty();
  }

  @Test
  void aVillageNamesakeIsTheOneNearThePlacesNamedWithIt() {
    // en-046: Sadove of Kherson Oblast, which the city's administration reports on, not one of the others
    assertThat(places("In the south, shelling in the village of Sadove killed a 78-year-old man in a private garage, Kherson "
        + "city’s military administration said, adding, “He died on the spot from the explosive injury.”"))
        .filteredOn(p -> p.name().equals("Sadove")).extracting(Place::region).containsOnly("UA-65");
  }
}
