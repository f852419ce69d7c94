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
 * Years of birth written after people ("мужчины 1983 и 1985 годов рождения", "женщина 1958 и мужчины
 * ...") are no figure; the people in the plural count as many as their years. Sentences written for
 * this test.
 */
class YearsOfBirthListTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "В Донецке ранения получили мужчины 1983 и 1985 годов рождения.|ru|2",
      "В Донецке ранения получили женщина 1958 и мужчины 1983 и 1985 годов рождения.|ru|3",
      "У Херсоні внаслідок обстрілу поранені чоловіки 1983 і 1985 років народження.|uk|2"})
  void theYearsCountTheirPeople(String text, String language, int injured) {
    var ms = extractor.extract(new ReportText(text, Optional.of(Language.parse(language)), Instant.parse("2025-04-03T09:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(injured));
  }
}
