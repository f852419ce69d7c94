package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acknowledged means durable: a child JVM ingests without pause and is killed with SIGKILL at a
 * random moment, again and again on the same ledger; after each kill every input it acknowledged
 * is there exactly once, at the seq it was acknowledged with, and the whole chain and its signed
 * checkpoints verify. 20 kills per backend by default; {@code -Dtrucewatch.crash.kills=N} for more.
 */
class KilledIngestTest {
  private static final int KILLS = Integer.getInteger("trucewatch.crash.kills", 20);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void everyAcknowledgedInputSurvivesKillNineExactlyOnce(String backend) throws Exception {
    long seed = Long.getLong("trucewatch.crash.seed", 20250320L);
    Random random = new Random(seed);
    Path keyFile = dir.resolve("deployment.key");
    Map<String, Long> acknowledged = new HashMap<>();
    try (LedgerBackend store = LedgerBackend.named(backend, dir)) {
      for (int kill = 1; kill <= KILLS; kill++) {
        // 1 to 300 ms after the child is ready: the kill lands mid-batch, mid-commit or between.
        List<String> acks = runAndKill(store.store(), keyFile, "k" + kill, random.nextInt(40) + 1, random.nextLong());
        for (String ack : acks) {
          String[] parts = ack.split(" ");
          Long before = acknowledged.put(parts[2], Long.parseLong(parts[1]));
          assertThat(before).as("sha256 %s acknowledged twice (kill %d, seed %d)", parts[2], kill, seed).isNull();
        }
        try (Ledger ledger = store.open(LedgerOptions.readOnly(Clock.systemUTC()))) {
          Map<String, List<Long>> held = new HashMap<>();
          for (LedgerEntry e : ledger.entries()) {
            held.computeIfAbsent(e.sha256(), s -> new ArrayList<>()).add(e.seq());
          }
          for (Map.Entry<String, Long> a : acknowledged.entrySet()) {
            assertThat(held.get(a.getKey()))
                .as("acknowledged input %s after kill %d (seed %d)", a.getKey(), kill, seed)
                .containsExactly(a.getValue());
          }
          VerificationReport report = ledger.verify();
          assertThat(report.broken()).as("kill %d, seed %d", kill, seed).isEmpty();
          assertThat(report.signedCheckpointsChecked()).isEqualTo(report.entriesChecked() / 7);
        }
      }
      assertThat(acknowledged).as("the children must have acknowledged inputs at all").hasSizeGreaterThan(KILLS);
    }
  }

  private static List<String> runAndKill(String store, Path keyFile, String run, int killAfterAcks, long childSeed)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SustainedIngestChild.class.getName(), store, keyFile.toString(), run, "50", Long.toString(childSeed))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> acks = new CopyOnWriteArrayList<>();
    CountDownLatch ready = new CountDownLatch(1);
    // kill after a random number of acknowledged inputs: the child is then somewhere in its next append
    CountDownLatch acknowledged = new CountDownLatch(killAfterAcks);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.equals("READY")) {
                    ready.countDown();
                  } else if (line.startsWith("ACK ")) {
                    acks.add(line);
                    acknowledged.countDown();
                  }
                }
              } catch (java.io.IOException e) {
                // The pipe closes when the child dies; what was read is what was acknowledged.
              }
            });
    reader.start();
    try {
      assertThat(ready.await(60, TimeUnit.SECONDS)).as("child ready").isTrue();
      assertThat(acknowledged.await(60, TimeUnit.SECONDS)).as("child acknowledged %d inputs", killAfterAcks).isTrue();
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(30_000);
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    return acks;
  }
}
