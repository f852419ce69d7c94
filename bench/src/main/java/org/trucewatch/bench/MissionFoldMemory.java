package org.trucewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerEntry;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.SqliteLedger;

/**
 * The heap a mission's observations hold once folded, and the CPU time of the fold and of passes
 * over them, one way per process: held as objects ({@code memory}, what every runner did) or
 * spilled to a temporary file ({@code spilled}, what {@code run} and {@code verify} do). Reads one
 * FIRMS file as one ledger entry through {@code MissionFold} (compact vessels, as {@code run}),
 * then makes the mission, then iterates its observations {@code PASSES} times (as {@code
 * RunOutputs} does: sea stage, pipeline, coverage, site coverage, period, reduced count). Prints
 * the detections, the process CPU time of each step (the FIRMS reader converts rows on every core),
 * the heap in use after a full collection less what was in use before (the raw file is held
 * before and after, so not counted), and a SHA-256 of the ids in order, which must agree between
 * the two ways.
 *
 * <p>{@code ledger} and {@code ledger-bytes} fold spilled too, but take the file as entry 1 of a
 * SQLite ledger of their own (in a temporary folder), as {@code run} does: {@code ledger} reads it
 * through {@link MissionFold#read(LedgerEntry, org.trucewatch.ledger.LedgerView)} (the entry's
 * stream), {@code ledger-bytes} by its bytes, whole (what that method did before); the raw file is
 * then not held before the fold.
 *
 * <p>Usage, from the project root: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * org.trucewatch.bench.MissionFoldMemory FILE memory|spilled|ledger|ledger-bytes [PASSES]}.
 */
public final class MissionFoldMemory {
  private MissionFoldMemory() {}

  /** Folds the file the way asked and prints what it holds and costs. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String way = args.length > 1 ? args[1] : "memory";
    boolean spill = !way.equals("memory");
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    boolean ledger = way.startsWith("ledger");
    Path dir = ledger ? Files.createTempDirectory("fold-memory") : null;
    byte[] raw = ledger ? null : Files.readAllBytes(file);
    if (ledger) {
      // entry 1 of a SQLite ledger of its own, as `trucewatch run` reads it; not held before the fold
      try (Ledger l = SqliteLedger.open(dir.resolve("ledger.sqlite"), LedgerOptions.readOnly(Clock.systemUTC()))) {
        l.append(file.getFileName().toString(), FirmsCsvReader.FORMAT, Files.readAllBytes(file));
      }
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long c0 = os.getProcessCpuTime();
    long w0 = System.nanoTime();
    Mission mission;
    if (ledger) {
      try (Ledger l = SqliteLedger.open(dir.resolve("ledger.sqlite"), LedgerOptions.readOnly(Clock.systemUTC()));
          MissionFold fold = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, true, true)) {
        for (LedgerEntry e : l.entries()) {
          if (way.equals("ledger")) {
            fold.read(e, l); // the entry's stream
          } else {
            fold.read(e, l.raw(e.seq())); // its bytes, whole: how `run` read a FIRMS entry before
          }
        }
        mission = fold.mission();
      }
    } else {
      try (MissionFold fold = new MissionFold(FusionParameters.DEFAULT, Progress.SILENT, true, spill)) {
        fold.read(1, file.getFileName().toString(), FirmsCsvReader.FORMAT, "0".repeat(64), raw);
        mission = fold.mission();
      }
    }
    long c1 = os.getProcessCpuTime();
    long w1 = System.nanoTime();
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    int n = mission.observations().size();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    long check = 0;
    long p0 = os.getProcessCpuTime();
    for (int p = 0; p < passes; p++) {
      for (Observation o : mission.observations()) {
        check += o.eventTime().getEpochSecond() + o.attributes().size();
        if (p == 0) {
          sha.update(o.id().hex().getBytes(StandardCharsets.US_ASCII));
        }
      }
    }
    long p1 = os.getProcessCpuTime();
    System.out.printf(Locale.ROOT,
        "%s %s: %,d detections; fold %.2f CPU s (%.2f s wall); %,d MB held, %.0f bytes a detection; "
            + "%d passes %.2f CPU s (%.2f a pass, %.2f us a detection); ids sha256 %s (%d)%n",
        file.getFileName(), way, n, (c1 - c0) / 1e9, (w1 - w0) / 1e9,
        (after - before) >> 20, (after - before) / (double) Math.max(1, n), passes, (p1 - p0) / 1e9,
        (p1 - p0) / 1e9 / Math.max(1, passes), (p1 - p0) / 1e3 / Math.max(1, passes) / Math.max(1, n),
        HexFormat.of().formatHex(sha.digest()).substring(0, 16), check % 10);
    mission.close();
    if (ledger) {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
