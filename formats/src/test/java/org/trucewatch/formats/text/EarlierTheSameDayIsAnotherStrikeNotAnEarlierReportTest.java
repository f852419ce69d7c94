package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** "Earlier the same day" dates another strike's figures; "Earlier, officials spoke of" is an earlier report of the same. */
class EarlierTheSameDayIsAnotherStrikeNotAnEarlierReportTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private int killed(String text) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-01-03T18:00:00Z"),
        Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    return ms.stream().filter(m -> m != null && m.troops().isEmpty()).mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void aStrikeEarlierTheSameDayAddsItsDead() {
    assertThat(killed("Russian forces shelled the village of Bilozerka in Kherson Oblast, killing a 70-year-old man, the governor said.\n\n"
        + "Earlier the same day, Russian artillery killed one person in the town of Beryslav, according to the governor."))
        .isEqualTo(2);
  }

  @Test
  void раніше_того_ж_дня_ще_один_удар() {
    assertThat(killed("Росіяни обстріляли село Білозерка на Херсонщині, загинув 70-річний чоловік.\n\n"
        + "Раніше того ж дня внаслідок обстрілу Берислава загинула одна людина."))
        .isEqualTo(2);
  }

  @Test
  void isEarlierSameDayOnlyWithTheDay() {
    String text = "Earlier the same day, shelling killed one. Earlier today, he said so.";
    List<Token> tokens = Token.of(text, 0, text.length());
    int[] sentence = new int[tokens.size()];
    for (int i = 0, s = 0; i < tokens.size(); i++) {
      sentence[i] = s;
      if (tokens.get(i).text().equals(".")) {
        s++;
      }
    }
    int second = 0;
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).lower().equals("earlier")) {
        second = i;
      }
    }
    assertThat(EarlierSameDay.at(tokens, sentence, 0)).isTrue();
    assertThat(EarlierSameDay.at(tokens, sentence, second)).isFalse();
  }
}
