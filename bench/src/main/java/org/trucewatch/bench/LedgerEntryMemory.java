package org.trucewatch.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.trucewatch.formats.ais.AisFixes;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;

/**
 * The peak RSS of one step on one large ledger entry, in a process of its own: appending a file
 * as an entry ({@code append}), reading entry 1 back whole ({@code raw}, {@code LedgerView.raw}) or
 * through its checked stream ({@code stream}, {@code LedgerView.open}), or reading it as AIS into
 * compact fixes from either ({@code fixes-raw}, {@code fixes-stream}). Prints the bytes (fixes), the
 * time, and VmHWM (peak RSS) and VmRSS at the end, from {@code /proc/self/status} (Linux), with
 * the peak RSS after opening the ledger to subtract.
 *
 * <p>Usage, from the project root: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * org.trucewatch.bench.LedgerEntryMemory STORE append FILE}, then {@code ... STORE raw} and {@code
 * ... STORE stream}, each in a fresh JVM; STORE a new SQLite file or a PostgreSQL URL.
 */
public final class LedgerEntryMemory {
  private LedgerEntryMemory() {}

  /** Runs the step asked for and prints what it cost. */
  public static void main(String[] args) throws Exception {
    try (Ledger ledger = LedgerStores.open(args[0], LedgerOptions.readOnly(Clock.systemUTC()))) {
      String opened = memory();
      long start = System.nanoTime();
      long bytes = 0;
      switch (args[1]) {
        case "append" -> {
          byte[] raw = Files.readAllBytes(Path.of(args[2]));
          ledger.append(Path.of(args[2]).getFileName().toString(), "ais-nmea", raw);
          bytes = raw.length;
        }
        case "raw" -> bytes = ledger.raw(1).length;
        case "stream" -> {
          try (InputStream in = ledger.open(1)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
              bytes += n;
            }
          }
        }
        case "fixes-raw", "fixes-stream" -> {
          // what the mission fold does with an AIS entry when it holds vessels compactly, before and after
          AisObservationReader reader = new AisObservationReader();
          AisFixes fixes = new AisFixes(reader);
          if (args[1].equals("fixes-raw")) {
            reader.readFixes("entry-1", "0".repeat(64), ledger.raw(1), fixes);
          } else {
            try (InputStream in = ledger.open(1)) {
              reader.readFixes("entry-1", "0".repeat(64), in, fixes);
            }
          }
          bytes = fixes.store().size();
          // what stays: the heap in use after a full collection, the fixes still reachable
          System.gc();
          long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
          System.out.printf(Locale.ROOT, "held after the read: %,d MB (%,d fixes)%n", used >> 20, fixes.store().size());
        }
        default -> throw new IllegalArgumentException("append FILE, raw, stream, fixes-raw or fixes-stream, not " + args[1]);
      }
      System.out.printf(Locale.ROOT, "%s %,d %s in %.1f s; opened: %s; now: %s%n", args[1], bytes,
          args[1].startsWith("fixes") ? "fixes" : "bytes",
          (System.nanoTime() - start) / 1e9, opened, memory());
    }
  }

  private static String memory() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM") || line.startsWith("VmRSS")) {
        sb.append(sb.length() > 0 ? ", " : "").append(line.replaceAll("\\s+", " "));
      }
    }
    return sb.toString();
  }
}
