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

  /** Kherson's administration as Telegram Desktop writes it: a service message, a photo, an edit, links, two bad messages. */
  private static final String KHERSON_EXPORT = """
      {
       "name": "Херсонська ОВА",
       "type": "public_channel",
       "id": 1581630452,
       "messages": [
        {
         "id": 1,
         "type": "service",
         "date": "2022-03-01T10:00:00",
         "date_unixtime": "1646121600",
         "actor": "Херсонська ОВА",
         "actor_id": "channel1581630452",
         "action": "create_channel",
         "title": "Херсонська ОВА",
         "text": "",
         "text_entities": []
        },
        {
         "id": 61870,
         "type": "message",
         "date": "2026-11-14T09:02:31",
         "date_unixtime": "1794639751",
         "from": "Херсонська ОВА",
         "from_id": "channel1581630452",
         "photo": "photos/photo_1@14-11-2026_09-02-31.jpg",
         "width": 1280,
         "height": 960,
         "text": "",
         "text_entities": []
        },
        {
         "id": 61871,
         "type": "message",
         "date": "2026-11-14T09:41:07",
         "date_unixtime": "1794642067",
         "edited": "2026-11-14T10:05:12",
         "edited_unixtime": "1794643512",
         "from": "Херсонська ОВА",
         "from_id": "channel1581630452",
         "text": [
          {"type": "bold", "text": "Уточнено."},
          " Унаслідок обстрілу Херсона загинули двоє людей, ще п'ятеро поранені. Деталі: ",
          {"type": "link", "text": "https://t.me/khersonska_oda/61869"}
         ],
         "text_entities": []
        },
        {
         "id": 61872,
         "type": "message",
         "date_unixtime": "",
         "from": "Херсонська ОВА",
         "text": "Ворог атакував дроном Білозерку, є поранені."
        },
        {
         "id": 61873,
         "type": "message",
         "date": "2026-11-14T12:00:00",
         "date_unixtime": "1794650400",
         "from": "Херсонська ОВА",
         "text": 61873
        }
       ]
      }
      """;

  @Test
  void serviceAndPhotoOnlyMessagesAreSkippedAndBadMessagesAreRejectsNamingTheirLineWhileTheGoodOnesAreRead() {
    ReadResult r = new TelegramExportReader().read("result.json", "cd".repeat(32),
        KHERSON_EXPORT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    // the edited post with bold and link pieces: Kherson, 2 killed and 5 injured, published at its first date
    assertThat(r.observations()).singleElement().satisfies(o -> {
      assertThat(o.sourceId()).isEqualTo("telegram-1581630452");
      assertThat(o.provenance().line()).isEqualTo(61871L);
      assertThat(o.attributes().get("place")).isEqualTo("Херсон");
      assertThat(o.casualties().killed().min()).isEqualTo(2);
      assertThat(o.casualties().injured().min()).isEqualTo(5);
      assertThat(o.toString()).contains("Херсонська ОВА, via Telegram").contains("2026-11-14T07:41:07Z");
    });
    assertThat(r.rejects()).extracting(j -> j.line() + " " + j.field() + ": " + j.reason()).containsExactly(
        "47 messages[id=61872].date: missing or not a time: date_unixtime '', date ''",
        "54 messages[id=61873].text: must be a string or an array of strings and {type, text} pieces, not number");
  }
}
