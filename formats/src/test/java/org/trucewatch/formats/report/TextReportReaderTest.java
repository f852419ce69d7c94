package org.trucewatch.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

class TextReportReaderTest {
  private static final String REPORT = "source: ua-kharkiv-ova\n"
      + "channel: Telegram\n"
      + "published: 2025-03-27T09:30:00+02:00\n"
      + "\n"
      + "Russian drones attacked Kharkiv overnight. Nine people were injured, the governor said.\n"
      + "\n"
      + "Separately, South Korea's general staff said at least 3,000 more North Korean soldiers had been sent to Russia.\n";

  private final TextReportReader reader = new TextReportReader();

  @Test
  void locatedMentionsBecomeObservationsOfTheHeadersSourceAndTroopClaimsDoNot() {
    ReadResult r = reader.read("post.txt", "ab", REPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.observations()).hasSize(1);
    Observation o = r.observations().get(0);
    assertThat(o.sourceId()).isEqualTo("ua-kharkiv-ova");
    assertThat(o.casualties().injured()).isEqualTo(CasualtyCount.exactly(9));
    assertThat(o.attributes()).containsEntry("place", "Харків").containsEntry("attributed_to", "RU")
        .containsEntry("means", "drone");
    assertThat(o.provenance().line()).isEqualTo(5);
  }

  @Test
  void badHeaderLinesAreRejectedByLineAndKeyAndTheRestIsStillRead() {
    String text = "---\nsource: ua-kharkiv-ova\npublished: 2025-03-27T09:30:00+02:00\nlanguage: fr\nauthor: x\n---\n"
        + "Russian drones attacked Kharkiv overnight. Nine people were injured.\n";
    ReadResult r = reader.read("post.md", "ab", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.rejects()).extracting(x -> x.toString())
        .containsExactly("post.md:4: language: language must be de, en, uk or ru, not 'fr'",
            "post.md:5: author: unknown header key; known keys are source, channel, published, language");
    assertThat(r.observations()).hasSize(1);
  }

  @Test
  void aReportWithoutSourceOrTimeIsRejectedByName() {
    ReadResult noTime = reader.read("a.txt", "ab", "source: x\n\nRussian drones hit Kharkiv, nine injured.".getBytes(StandardCharsets.UTF_8));
    assertThat(noTime.rejects()).extracting(x -> x.field()).containsExactly("published");
    ReadResult noSource = reader.read("b.txt", "ab",
        "published: 2025-03-27\n\nRussian drones hit Kharkiv, nine injured.".getBytes(StandardCharsets.UTF_8));
    assertThat(noSource.rejects()).extracting(x -> x.field()).containsExactly("source");
  }

  @Test
  void detectorRecognisesReportHeadersPlainAndAsFrontMatter() {
    assertThat(FormatDetector.detect("post.txt", REPORT.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.REPORT_TEXT);
    assertThat(FormatDetector.detect("post.md", ("---\n" + REPORT).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(InputFormat.REPORT_TEXT);
    assertThat(FormatDetector.detect("sources.yaml", "sources:\n  - {id: x}\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(InputFormat.SOURCES_YAML);
    assertThat(FormatDetector.detect("plain.txt", "Just words.".getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.UNKNOWN);
  }
}
