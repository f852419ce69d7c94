package org.trucewatch.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.engine.Progress;
import org.trucewatch.ledger.SqliteLedger;

/** A file of no known format is refused with the formats it could have been, and the files after it are still stored. */
class IngestRefusalTest {
  @Test
  void anAcledLikeCsvWithoutEventIdIsRefusedNamingAcledAndTelegramAndTheReportAfterItIsStored(@TempDir Path dir) throws Exception {
    // an analyst's own spreadsheet in ACLED's spirit but without ACLED's event_id_cnty column
    Path sheet = dir.resolve("kharkiv-strikes.csv");
    Files.writeString(sheet, "date,location,admin1,latitude,longitude,fatalities\n2026-11-12,Kupiansk,Kharkiv,49.7100,37.6158,1\n",
        StandardCharsets.UTF_8);
    Path post = dir.resolve("post.txt");
    Files.writeString(post, "source: ua-kharkiv-ova\npublished: 2026-11-14T09:00:00+02:00\nlanguage: uk\n\n"
        + "Вночі ворог атакував дронами Харків. Поранено трьох людей.\n", StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-11-14T10:00:00Z"), ZoneOffset.UTC);
    try (SqliteLedger ledger = SqliteLedger.open(dir.resolve("ledger.sqlite"), clock)) {
      List<IngestOutcome> out = new Ingest(ledger, Progress.SILENT)
          .ingest(List.of(new InputFile(sheet, "kharkiv-strikes.csv"), new InputFile(post, "post.txt")));
      assertThat(out.get(0).refusal()).hasValueSatisfying(why -> assertThat(why)
          .startsWith("not a format Trucewatch reads").contains("ACLED CSV", "Telegram channel exports (Telegram Desktop's result.json)", "report JSON lines")
          // every format, in the words run --help uses
          .contains(org.trucewatch.formats.InputFormat.list()));
      assertThat(out.get(1).refusal()).isEmpty();
      assertThat(out.get(1).format()).hasValue("report-text");
    }
  }
}
