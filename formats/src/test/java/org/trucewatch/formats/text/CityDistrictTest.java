package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A city's district named with its city is the city, not the raion of another oblast that bears
 * the district's name, and a list of district adjectives names no villages. Sentences written for
 * this test.
 */
class CityDistrictTest {
  private List<IncidentMention> mentions(String text) {
    return ExtractedSentences.mentions(text);
  }

  private List<Place> places(String text) {
    return mentions(text).stream().flatMap(m -> m.place().stream()).toList();
  }

  @Test
  void aDistrictWithItsCityIsTheCity() {
    assertThat(places("Внаслідок удару по Київському району Харкова поранено трьох людей."))
        .extracting(Place::name).containsExactly("Kharkiv");
    assertThat(places("В результате удара по Киевскому району Харькова ранены три человека."))
        .extracting(Place::name).containsExactly("Kharkiv");
  }

  @Test
  void aRepeatInTheCitysDistrictIsTheSameFigure() {
    List<IncidentMention> ms = mentions("Дрон атакував Херсон, загинув чоловік. Атака забрала життя мирного жителя "
        + "у Дніпровському районі Херсона.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aListOfDistrictsNamesNoVillages() {
    assertThat(places("Обстрелу подверглись Ворошиловский, Киевский и Петровский районы Донецка, погибла женщина."))
        .extracting(Place::name).containsExactly("Donetsk");
  }
}
