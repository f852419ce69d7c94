package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** Any cut of real text, in any language, extracts without error, and every span points at its own text. */
class ExtractionRobustnessTest {
  private static final String MIXED = "В Донецке при обстреле погиб мужчина, еще 5 человек получили ранения. "
      + "Уночі росіяни атакували Одесу ударними БпЛА: загинула одна людина, ще троє поранені. "
      + "In Dnipro, a missile strike killed four people and injured 23, including two children. "
      + "Bei russischen Raketenangriffen auf Sumy sind mindestens elf Menschen getötet worden: 14:30, 27. März, 3.000, -5, ...";

  @Test
  void randomCutsOfTheSeedAndOfMixedReportsNeverBreakExtraction() throws IOException {
    Path seed = Path.of(System.getProperty("trucewatch.shared", "../../shared"), "seed", "000_aa016adad835c6f3.txt");
    String corpus = (Files.isRegularFile(seed) ? Files.readString(seed, StandardCharsets.UTF_8) : "") + "\n\n" + MIXED;
    ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());
    SplittableRandom random = new SplittableRandom(20250327);
    int mentions = 0;
    for (int k = 0; k < 400; k++) {
      int a = random.nextInt(corpus.length());
      int b = Math.min(corpus.length(), a + 1 + random.nextInt(600));
      String cut = corpus.substring(a, b);
      IncidentMention.Extraction x = extractor.extract(new ReportText(cut, Optional.empty(),
          Instant.parse("2025-03-27T08:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty()));
      for (IncidentMention m : x.mentions()) {
        mentions++;
        m.claim().spans().values().forEach(l -> l.forEach(s -> assertThat(cut.substring(s.start(), s.end())).isEqualTo(s.text())));
        assertThat(m.claim().place().centre().isPresent()).isNotEqualTo(m.claim().place().precision().code().equals("unknown"));
      }
    }
    assertThat(mentions).as("the cuts should contain some incidents").isGreaterThan(20);
  }
}
