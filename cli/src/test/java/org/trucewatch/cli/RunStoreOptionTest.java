package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.TrucewatchTest.Outcome;

/** {@code run --store}: a path, {@code jdbc:sqlite:PATH} or a PostgreSQL URL; nothing else. */
class RunStoreOptionTest {
  private static Path example() {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
  }

  @Test
  void jdbcSqliteUrlNamesTheLedgerFileAndTheRunVerifiesAgainstIt(@TempDir Path dir) throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    Files.writeString(inputs.resolve("reports.jsonl"),
        "{\"source\":\"ua-mod\",\"kind\":\"strike\",\"time\":\"2025-03-19T10:00:00Z\",\"lat\":47.5119,\"lon\":34.5863}\n");
    Path ledger = dir.resolve("store/evidence.db");
    Outcome r = TrucewatchTest.run("run", "-q", "--agreement", example().toString(), "--input", inputs.toString(),
        "--out", dir.resolve("out").toString(), "--store", "jdbc:sqlite:" + ledger, "--key", dir.resolve("k.pem").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(ledger).isNotEmptyFile();
    assertThat(dir.resolve("out/ledger.sqlite")).doesNotExist();
    assertThat(Files.readString(dir.resolve("out/findings.jsonl"))).contains("zaporizhzhia-npp");
    Outcome v = TrucewatchTest.run("verify", "-q", dir.resolve("out").toString(), "--store", "jdbc:sqlite:" + ledger);
    assertThat(v.code()).as(v.out() + v.err()).isZero();
  }

  @Test
  void anotherDatabaseIsAUsageErrorNamingWhatIsSupported(@TempDir Path dir) {
    Outcome r = TrucewatchTest.run("run", "--agreement", example().toString(), "--out", dir.toString(),
        "--store", "jdbc:mysql://127.0.0.1/trucewatch");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--store").contains("jdbc:postgresql://HOST:PORT/DATABASE");
  }
}
