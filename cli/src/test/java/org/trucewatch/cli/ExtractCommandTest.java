package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  static final String REPORT = "---\n"
      + "source: ua-kharkiv-ova\n"
      + "channel: Telegram, dpa\n"
      + "published: 2025-03-27T09:30:00+02:00\n"
      + "language: uk\n"
      + "---\n"
      + "Внаслідок ворожої атаки дронів на Харківщину постраждали щонайменше 12 людей.\n"
      + "У Харкові поранено 7 людей, у Золочеві — ще 5, серед них дитина.\n";

  @Test
  void extractPrintsOneJsonObjectPerMentionWithSpansIntoTheFile(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("post.md"), REPORT, StandardCharsets.UTF_8);
    TrucewatchTest.Outcome o = TrucewatchTest.run("extract", report.toString());
    assertThat(o.code()).as(o.err()).isZero();
    String[] lines = o.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("\"scope\":\"total\"", "\"admin1\":\"UA-63\"", "\"injured\":{\"min\":12,\"max\":null}");
    assertThat(lines[1]).contains("\"name\":\"Харків\"", "\"injured\":{\"min\":7,\"max\":7}", "\"part_of\":0",
        "\"source\":[\"ua-kharkiv-ova\",\"Telegram\",\"dpa\"]", "\"attribution\":\"RU\"");
    assertThat(lines[2]).contains("\"geonameid\":686895", "\"minors\":{\"min\":1,\"max\":1}");
    // a span's offsets are offsets into the file, header included
    int start = REPORT.indexOf("Золочеві");
    assertThat(lines[2]).contains("{\"start\":" + start + ",\"end\":" + (start + "Золочеві".length()) + ",\"text\":\"Золочеві\"}");
    assertThat(TrucewatchTest.run("extract", report.toString()).out()).isEqualTo(o.out());
  }

  @Test
  void extractWithoutAPublicationTimeResolvesDatesWithAYearWarnsOfTheRestAndGoesOn(@TempDir Path dir) throws Exception {
    Path undated = Files.writeString(dir.resolve("acled-note.txt"),
        "On 5 March 2024, Russian forces shelled Kupiansk, Kharkiv. 2 civilians were killed.\n\n"
            + "Yesterday a Russian drone hit a house in Vovchansk; 3 people were injured.\n", StandardCharsets.UTF_8);
    Path dated = Files.writeString(dir.resolve("post.txt"), "published: 2025-03-27T09:00:00+02:00\n\n"
        + "Two people were killed in Kharkiv by a Russian drone.", StandardCharsets.UTF_8);
    TrucewatchTest.Outcome o = TrucewatchTest.run("extract", undated.toString(), dated.toString());
    assertThat(o.code()).as(o.err()).isZero();
    String[] lines = o.out().split("\n");
    assertThat(lines).hasSize(2);
    // the absolute date resolves: 5 March 2024, noon in Kyiv, +- 12 h
    assertThat(lines[0]).contains("\"geonameid\":703656", "\"time\":\"2024-03-05T10:00:00Z\"", "\"time_uncertainty_s\":43200");
    // when it was published nobody said: unknown, not a time made up from the event's
    assertThat(lines[0]).contains("\"reported_at\":null");
    assertThat(lines[1]).contains("\"reported_at\":\"2025-03-27T07:00:00Z\"");
    // the relative one is left out, with a warning naming the file and line
    assertThat(o.err()).contains(undated + ":3: warning: time unresolved, mention left out: 'Yesterday' is relative");
    // and the batch goes on
    assertThat(lines[1]).contains("\"killed\":{\"min\":2,\"max\":2}", "post.txt");
  }

  @Test
  void aLaterReportRaisingTheCountRevisesTheIncidentAndKeepsTheHistory(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("1-morning.txt"), "source: ua-kharkiv-ova\nchannel: Telegram\n"
        + "published: 2025-03-27T09:00:00+02:00\n\n"
        + "In der Region Charkiw sind nach einem russischen Drohnenangriff mindestens 17 Menschen verletzt worden.\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("2-afternoon.txt"), "source: ua-kharkiv-ova\nchannel: Telegram\n"
        + "published: 2025-03-27T15:00:00+02:00\n\n"
        + "Die Zahl der Verletzten nach dem russischen Drohnenangriff auf die Region Charkiw ist auf 21 gestiegen.\n",
        StandardCharsets.UTF_8);
    Path agreement = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    TrucewatchTest.Outcome o = TrucewatchTest.run("run", "--agreement", agreement.toString(), "--input", in.toString(),
        "--out", dir.resolve("out").toString());
    assertThat(o.code()).as(o.err()).isZero();
    String[] features = Files.readString(dir.resolve("out/incidents.geojson")).split("\n");
    assertThat(features).hasSize(3); // the collection's first line, one incident, the closing line
    assertThat(features[1]).contains("\"injured\":{\"min\":21,\"max\":null}",
        "\"casualty_history\":[{\"reported_at\":\"2025-03-27T07:00:00Z\",\"source\":\"ua-kharkiv-ova\","
            + "\"casualties\":{\"killed\":null,\"injured\":{\"min\":17,\"max\":null}",
        "{\"reported_at\":\"2025-03-27T13:00:00Z\",\"source\":\"ua-kharkiv-ova\","
            + "\"casualties\":{\"killed\":null,\"injured\":{\"min\":21,\"max\":21}");
  }

  @Test
  void runWritesTheReportTimeOfATextWithoutAPublicationTimeAsNullInTheCasualtyHistory(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("acled-note.txt"), "source: acled-style-notes\n\n"
        + "On 5 March 2024, Russian forces shelled Kupiansk, Kharkiv. 2 civilians were killed.\n", StandardCharsets.UTF_8);
    Path agreement = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    TrucewatchTest.Outcome o = TrucewatchTest.run("run", "--agreement", agreement.toString(), "--input", in.toString(),
        "--out", dir.resolve("out").toString());
    assertThat(o.code()).as(o.err()).isZero();
    String[] features = Files.readString(dir.resolve("out/incidents.geojson")).split("\n");
    assertThat(features).hasSize(3);
    assertThat(features[1]).contains("\"start\":\"2024-03-05T10:00:00Z\"",
        "\"casualty_history\":[{\"reported_at\":null,\"source\":\"acled-style-notes\","
            + "\"casualties\":{\"killed\":{\"min\":2,\"max\":2}");
    assertThat(Files.readString(dir.resolve("out/rejects.jsonl"))).isEmpty();
  }

  @Test
  void runAcceptsATextReportAndMakesItsIncidents(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("post.md"), REPORT, StandardCharsets.UTF_8);
    Path agreement = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    TrucewatchTest.Outcome o = TrucewatchTest.run("run", "--agreement", agreement.toString(), "--input", in.toString(),
        "--out", dir.resolve("out").toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).contains("report-text");
    String incidents = Files.readString(dir.resolve("out/incidents.geojson"));
    assertThat(incidents).contains("Золочів", "Харків");
    assertThat(Files.readString(dir.resolve("out/rejects.jsonl"))).isEmpty();
  }

  @Test
  void runReadsATelegramChannelExportAndAnUndatedReportAndGoesOn(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("result.json"), "{\n \"name\": \"Олег Синєгубов\",\n \"type\": \"public_channel\",\n"
        + " \"id\": 1346752319,\n \"messages\": [\n  {\n   \"id\": 40212,\n   \"type\": \"message\",\n"
        + "   \"date\": \"2025-03-27T07:41:09\",\n   \"date_unixtime\": \"1743054069\",\n"
        + "   \"from\": \"Олег Синєгубов\",\n   \"from_id\": \"channel1346752319\",\n"
        + "   \"text\": \"Внаслідок удару російського дрона по Золочеву поранено двох людей.\"\n  }\n ]\n}\n",
        StandardCharsets.UTF_8);
    // no published: line; its relative time cannot be resolved, which is a reject, not a failure
    Files.writeString(in.resolve("undated.txt"), "source: ua-kharkiv-ova\n\n"
        + "Вчора ввечері російський дрон атакував Харків, поранено трьох людей.\n", StandardCharsets.UTF_8);
    Path agreement = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    TrucewatchTest.Outcome o = TrucewatchTest.run("run", "--agreement", agreement.toString(), "--input", in.toString(),
        "--out", dir.resolve("out").toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).contains("telegram-export");
    String incidents = Files.readString(dir.resolve("out/incidents.geojson"));
    assertThat(incidents).contains("Золочів", "telegram-1346752319");
    assertThat(Files.readString(dir.resolve("out/rejects.jsonl"))).contains("undated.txt", "time unresolved");
  }
}
