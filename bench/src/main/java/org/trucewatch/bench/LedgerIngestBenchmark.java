package org.trucewatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.DeploymentKey;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerInput;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * Ingest into the ledger with sync on acknowledgement: one operation is one {@code appendAll} of
 * {@code batchSize} distinct observation records (about 230 bytes each, like a UAV report line),
 * which returns once all of them are durable; checkpoints signed every 1,000 entries as in
 * production. Records per second = batchSize / (seconds per operation). The baseline is batch
 * size 1 on the same backend: one sync per record.
 *
 * <p>PostgreSQL: {@code -Dtrucewatch.bench.postgres=JDBC_URL} (default: the test server of
 * {@code .ci/postgres-ledger.sh}), in a schema of its own, dropped afterwards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LedgerIngestBenchmark {
  @Param({"sqlite", "postgresql"})
  public String backend;

  @Param({"1", "100", "10000"})
  public int batchSize;

  private Path dir;
  private String schema;
  private Ledger ledger;
  private long next;

  /** A fresh, empty ledger of the backend for each trial. */
  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    DeploymentKey key = DeploymentKey.generate();
    dir = Files.createTempDirectory("trucewatch-bench-ledger");
    String store;
    if (backend.equals("sqlite")) {
      store = dir.resolve("ledger.sqlite").toString();
    } else {
      String url = postgresUrl();
      schema = String.format(Locale.ROOT, "bench_%d", ProcessHandle.current().pid());
      try (Connection c = DriverManager.getConnection(url);
          Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        st.execute("CREATE SCHEMA " + schema);
      }
      store = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }
    ledger = LedgerStores.open(store, LedgerOptions.signing(Clock.systemUTC(), key));
  }

  /** Appends one batch and waits for it to be durable. */
  @Benchmark
  public List<AppendResult> appendBatch() {
    List<LedgerInput> batch = new ArrayList<>(batchSize);
    for (int i = 0; i < batchSize; i++, next++) {
      String line = String.format(Locale.ROOT,
          "{\"source\":\"mission-uav-%d\",\"kind\":\"heavy-weapon\",\"time\":\"2025-03-20T10:%02d:00Z\","
              + "\"lat\":50.%04d,\"lon\":36.%04d,\"uncertainty_m\":150,\"credibility\":2,"
              + "\"attributes\":{\"place\":\"Vovchansk\",\"seq\":%d}}\n",
          next % 7, next % 60, next % 10_000, (next * 7) % 10_000, next);
      batch.add(new LedgerInput("live/uav/" + next + ".jsonl", "observations-jsonl", line.getBytes(StandardCharsets.UTF_8)));
    }
    return ledger.appendAll(batch);
  }

  /** Closes the ledger and removes what the trial made. */
  @TearDown(Level.Trial)
  public void close() throws IOException, SQLException {
    ledger.close();
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(postgresUrl());
          Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String postgresUrl() {
    return System.getProperty("trucewatch.bench.postgres",
        "jdbc:postgresql://127.0.0.1:5432/trucewatch_test?user=trucewatch&password=trucewatch");
  }
}
