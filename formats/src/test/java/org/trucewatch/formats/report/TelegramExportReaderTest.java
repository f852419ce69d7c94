package org.trucewatch.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.InputFormat;
import org.trucewatch.formats.ReadResult;

/** A governor's Telegram channel, exported by Telegram Desktop, read one message a report. */
class TelegramExportReaderTest {
  private static byte[] export() throws Exception {
    try (InputStream in = TelegramExportReaderTest.class.getResourceAsStream("telegram-result.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void detectedByContentWhateverItsName() throws Exception {
    assertThat(FormatDetector.detect("result.json", export())).isEqualTo(InputFormat.TELEGRAM_EXPORT);
    assertThat(FormatDetector.detect("export.txt", export())).isEqualTo(InputFormat.TELEGRAM_EXPORT);
  }

  @Test
  void eachMessageIsAReportPublishedAtItsDateFromTheChannelViaTelegram() throws Exception {
    ReadResult r = new TelegramExportReader().read("result.json", "ab".repeat(32), export());
    List<Observation> obs = r.observations();
    // the post of 40212: Zolochiv (2 injured, a child among them) and Novoselivka of Kharkiv Raion (1 killed)
    assertThat(obs).hasSize(2);
    assertThat(obs).allSatisfy(o -> {
      assertThat(o.sourceId()).isEqualTo("telegram-1346752319");
      assertThat(o.provenance().line()).isEqualTo(40212L);
    });
    String all = obs.toString();
    assertThat(all).contains("Олег Синєгубов, via Telegram").contains("2025-03-27T05:41:09Z");
    assertThat(obs.get(0).casualties().injured().min()).isEqualTo(2);
    assertThat(obs.get(0).casualties().minors().min()).isEqualTo(1);
    assertThat(obs.get(1).casualties().killed().min()).isEqualTo(1);
    // the message without a usable date is a reject naming it; the rest went on
    assertThat(r.rejects()).singleElement().satisfies(j -> assertThat(j.field()).isEqualTo("messages[id=40215].date"));
  }

  @Test
  void textPiecesAreJoined() {
    com.fasterxml.jackson.databind.node.ArrayNode a = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    a.add("Вибух у ");
    a.addObject().put("type", "link").put("text", "Харкові");
    assertThat(TelegramExportReader.text(a)).isEqualTo("Вибух у Харкові");
  }
}
