package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LedgerCrashTest {
  @TempDir Path dir;

  @Test
  @Timeout(60)
  void entryAcknowledgedByAProcessKilledRightAfterAppendIsThereOnReopen() throws Exception {
    Path file = dir.resolve("ledger.db");
    try (SqliteLedger ledger = SqliteLedger.open(file, Clock.systemUTC())) {
      ledger.append(Inputs.FIRMS_NAME, "firms-csv", Inputs.FIRMS_CSV);
    }
    String report = "{\"id\":\"zolochiv-1\",\"text\":\"Золочів: 8 поранених\"}\n";
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    LedgerCrashChild.class.getName(),
                    file.toString(),
                    Inputs.OBSERVATIONS_NAME,
                    "observations-jsonl",
                    report))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String ack;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      ack = out.readLine();
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(ack).startsWith("ACK 2 ");
    try (SqliteLedger ledger = SqliteLedger.open(file, Clock.systemUTC())) {
      String ackedHead = ack.substring("ACK 2 ".length());
      assertThat(ledger.checkpoint()).isEqualTo(new Checkpoint(2, ackedHead));
      assertThat(ledger.raw(2)).isEqualTo(Inputs.utf8(report));
      assertThat(ledger.verify().intact()).isTrue();
    }
  }
}
