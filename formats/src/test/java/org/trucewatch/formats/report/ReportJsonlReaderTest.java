package org.trucewatch.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

class ReportJsonlReaderTest {
  private static final String FEED = String.join("\n",
      "{\"source\":\"ua-kharkiv-ova\",\"channel\":[\"Telegram\"],\"published\":\"2025-03-27T09:30:00+02:00\",\"language\":\"de\","
          + "\"text\":\"In der Ortschaft Solotschiw in der Region Charkiw wurden bei einem russischen Drohnenangriff acht Menschen verletzt.\"}",
      "{\"source\":\"mission-patrol-2\",\"published\":\"2025-03-27T12:00:00Z\",\"time\":\"2025-03-27T10:40:00Z\",\"place\":\"Zolochiv\","
          + "\"region\":\"UA-63\",\"kind\":\"strike\",\"means\":\"drone\",\"casualties\":{\"injured\":{\"min\":8,\"max\":null}},\"credibility\":2}",
      "{\"source\":\"x\",\"published\":\"yesterday\"}",
      "{\"source\":\"x\",\"published\":\"2025-03-27T12:00:00Z\",\"region\":\"UA-99\"}",
      "");

  @Test
  void freeTextAndStructuredReportsBothResolveTheKharkivRegionZolochiv() {
    ReadResult r = new ReportJsonlReader().read("feed.jsonl", "ab", FEED.getBytes(StandardCharsets.UTF_8));
    assertThat(r.observations()).hasSize(2);
    for (Observation o : r.observations()) {
      assertThat(o.representativeCoordinate().y).isBetween(50.27, 50.29);
      assertThat(o.casualties().injured().min()).isEqualTo(8);
      assertThat(o.attributes()).containsEntry("admin1", "UA-63");
    }
    assertThat(r.observations().get(1).casualties().injured()).isEqualTo(CasualtyCount.atLeast(8));
    assertThat(r.observations().get(1).provenance().line()).isEqualTo(2);
    assertThat(r.rejects()).extracting(Object::toString).containsExactly(
        "feed.jsonl:3: published: must be an ISO-8601 time with offset, e.g. 2025-03-27T09:30:00+02:00, not 'yesterday'",
        "feed.jsonl:4: region: unknown region code; use ISO 3166-2 such as UA-63");
  }

  @Test
  void detectedApartFromObservations() {
    assertThat(FormatDetector.detect("feed.jsonl", FEED.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.REPORTS_JSONL);
    assertThat(FormatDetector.detect("obs.jsonl", "{\"source\":\"a\",\"kind\":\"strike\",\"time\":\"2025-03-27T10:00:00Z\"}".getBytes(
        StandardCharsets.UTF_8))).isEqualTo(InputFormat.OBSERVATIONS_JSONL);
  }

  /** A governor's posts pushed without their publication time: one dated, one relative, one structured. */
  private static final String UNDATED = String.join("\n",
      "{\"source\":\"ua-kharkiv-ova\",\"channel\":[\"Telegram\"],\"language\":\"en\","
          + "\"text\":\"On 12 November 2026 Russian forces shelled Kupiansk, Kharkiv region, killing one man.\"}",
      "{\"source\":\"ua-kharkiv-ova\",\"channel\":[\"Telegram\"],\"language\":\"en\","
          + "\"text\":\"Yesterday Russian forces shelled Vovchansk, injuring two people.\"}",
      "{\"source\":\"mission-patrol-2\",\"place\":\"Zolochiv\",\"region\":\"UA-63\",\"kind\":\"strike\"}",
      "");

  @Test
  void freeTextWithoutPublicationTimeResolvesItsDatedMentionAndRejectsTheRelativeOneByItsLine() {
    assertThat(FormatDetector.detect("undated.jsonl", UNDATED.getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.REPORTS_JSONL);
    ReadResult r = new ReportJsonlReader().read("undated.jsonl", "ab", UNDATED.getBytes(StandardCharsets.UTF_8));
    assertThat(r.observations()).singleElement().satisfies(o -> {
      assertThat(o.attributes()).containsEntry("admin1", "UA-63");
      assertThat(o.eventTime().toString()).startsWith("2026-11-12");
      assertThat(o.casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    });
    assertThat(r.rejects()).extracting(Object::toString).satisfiesExactly(
        relative -> assertThat(relative).startsWith("undated.jsonl:2: published: time unresolved, mention left out: ")
            .contains("Yesterday").endsWith("give the line a \"published\" key"),
        structured -> assertThat(structured).isEqualTo(
            "undated.jsonl:3: published: missing; a structured report needs an ISO-8601 time with offset"));
  }
}
