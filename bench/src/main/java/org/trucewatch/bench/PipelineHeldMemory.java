package org.trucewatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.engine.publish.AtomicFileSink;
import org.trucewatch.engine.publish.OutputSink;
import org.trucewatch.engine.run.RunOutputs;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * What the run's pipeline holds at its end, beside the mission: folds a run's ledger into its
 * mission, takes {@code jcmd PID GC.class_histogram} of this process (a full collection, then a
 * count of every live object), runs {@link RunOutputs#render} and takes a second histogram when
 * the first output is asked for, that is when enrich, fuse and assess are done and every output is
 * still to be written. The difference is the pipeline's own live set; both histograms are written
 * beside the outputs.
 *
 * <p>Only APIs that {@code main} had before the streamed run are used, so the same file runs
 * against either build: from the project root, {@code java -Xmx2g -cp JAR
 * bench/src/main/java/org/trucewatch/bench/PipelineHeldMemory.java LEDGER AGREEMENT OUT}, with
 * JAR a {@code trucewatch.jar} and LEDGER the {@code ledger.sqlite} a {@code trucewatch run} over
 * the input left.
 */
public final class PipelineHeldMemory {
  private PipelineHeldMemory() {}

  /** Folds, renders and prints the two live sets. */
  public static void main(String[] args) throws Exception {
    Path ledgerFile = Path.of(args[0]);
    Path agreementFile = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    Agreement agreement = new AgreementReader().read(agreementFile);
    byte[] agreementBytes = Files.readAllBytes(agreementFile);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(agreementBytes));
    try (Ledger ledger = LedgerStores.open(ledgerFile.toString(), LedgerOptions.readOnly(Clock.systemUTC()))) {
      Mission mission = MissionFold.of(ledger, ledger.checkpoint().entryCount(), Progress.SILENT, true);
      long observations = mission.observationCount();
      long before = histogram(out.resolve("histogram-mission.txt"));
      long[] atEnd = {-1};
      OutputSink files = new AtomicFileSink(out);
      OutputSink sink = (name, body) -> {
        if (atEnd[0] < 0) {
          atEnd[0] = histogram(out.resolve("histogram-pipeline-end.txt"));
        }
        return files.write(name, body);
      };
      long t0 = System.nanoTime();
      new RunOutputs().render(agreement, agreementFile.getFileName().toString(), sha, mission, Progress.SILENT, sink);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long pipeline = atEnd[0] - before;
      System.out.printf(Locale.ROOT,
          "observations %d%nlive set, mission alone: %.1f MB%nlive set at the pipeline's end: %.1f MB%n"
              + "pipeline's own: %.1f MB, %.0f bytes a detection%nrender: %.1f s%n",
          observations, before / 1e6, atEnd[0] / 1e6, pipeline / 1e6, (double) pipeline / observations, seconds);
      // the mission stays reachable to the end, so the first histogram's objects are in the second too
      if (mission.observations().isEmpty()) {
        System.out.println("(no observations)");
      }
    }
  }

  /** Writes this process's class histogram to {@code file} and returns its total live bytes. */
  private static long histogram(Path file) throws IOException {
    Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
        .redirectErrorStream(true)
        .redirectOutput(file.toFile())
        .start();
    int code;
    try {
      code = p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while jcmd ran", e);
    }
    if (code != 0) {
      throw new IOException("jcmd failed: " + Files.readString(file, StandardCharsets.UTF_8));
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 3 && f[0].equals("Total")) {
        return Long.parseLong(f[2]);
      }
    }
    throw new IOException("no Total line in " + file);
  }
}
