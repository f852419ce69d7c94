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
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * People named by their work or role count as people: "a policeman died", "injuring two rescuers
 * and a firefighter", "vier Rettungskräfte verletzt", and in Russian and Ukrainian in the nominative
 * or the accusative ("сотрудник", "слесаря", "рятувальника", "пасажирка", "прохожий") one each, as
 * "мужчина" is. Sentences written for this test.
 */
class PeopleByTheirWorkTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private Casualties casualties(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0).claim().casualties();
  }

  @Test
  void aPolicemanDied() {
    assertThat(casualties("A Russian drone attacked Kherson. The policeman died in hospital.").killed())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void anOfficerInjured() {
    assertThat(casualties("A Russian drone attacked Kherson. A police officer was injured.").injured())
        .isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void pluralAndSingularRolesJoined() {
    assertThat(casualties("A Russian drone attacked Kherson, injuring two rescuers and a firefighter.").injured())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @Test
  void germanPlurals() {
    assertThat(casualties("Bei einem Angriff auf Cherson wurden vier Rettungskräfte verletzt.").injured())
        .isEqualTo(CasualtyCount.exactly(4));
    assertThat(casualties("Russische Artillerie beschoss Cherson, drei Polizisten wurden schwer verletzt.").injured())
        .isEqualTo(CasualtyCount.exactly(3));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В результате обстрела Херсона ранение получил сотрудник горгаза.|ru|injured",
      "При атаке дрона на Херсон ранен слесарь водоканала.|ru|injured",
      "В результате обстрела Херсона погиб прохожий.|ru|killed",
      "Унаслідок обстрілу Херсона поранено рятувальника.|uk|injured",
      "Через атаку дрона на Херсон травмована пасажирка автобуса.|uk|injured",
      "Унаслідок обстрілу Херсона загинув працівник комунального підприємства.|uk|killed"})
  void aPersonByWorkIsOneInRussianAndUkrainian(String text, String language, String category) {
    var ms = extractor.extract(new ReportText(text, Optional.of(Language.parse(language)), Instant.parse("2025-04-03T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).hasSize(1);
    var c = ms.get(0).claim().casualties();
    assertThat(category.equals("killed") ? c.killed() : c.injured()).isEqualTo(CasualtyCount.exactly(1));
  }
}
