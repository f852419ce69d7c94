package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * A person named by work or by what they were doing ("сотрудник", "слесаря", "рятувальника",
 * "пасажирка", "прохожий"), in the nominative or the accusative, is one casualty as "мужчина" is.
 * Sentences written for this test.
 */
class PeopleByTheirWorkTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В результате обстрела Херсона ранение получил сотрудник горгаза.|ru|injured",
      "При атаке дрона на Херсон ранен слесарь водоканала.|ru|injured",
      "В результате обстрела Херсона погиб прохожий.|ru|killed",
      "Унаслідок обстрілу Херсона поранено рятувальника.|uk|injured",
      "Через атаку дрона на Херсон травмована пасажирка автобуса.|uk|injured",
      "Унаслідок обстрілу Херсона загинув працівник комунального підприємства.|uk|killed"})
  void aPersonByWorkIsOne(String text, String language, String category) {
    var ms = extractor.extract(new ReportText(text, Optional.of(Language.parse(language)), Instant.parse("2025-04-03T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).hasSize(1);
    var c = ms.get(0).claim().casualties();
    assertThat(category.equals("killed") ? c.killed() : c.injured()).isEqualTo(CasualtyCount.exactly(1));
  }
}
