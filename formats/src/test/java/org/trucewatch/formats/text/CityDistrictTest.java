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
import org.trucewatch.formats.gazetteer.Place;

/**
 * A city's district named with its city is the city, not the raion of another oblast that bears
 * the district's name, and a list of district adjectives names no villages. Sentences written for
 * this test.
 */
class CityDistrictTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> mentions(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
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
