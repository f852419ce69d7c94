package org.trucewatch.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.trucewatch.formats.firms.FirmsCsvReader;

/**
 * {@link FirmsCsvReader} over one file, timed by the process's CPU time (every thread the reader
 * uses), best of several rounds: a figure that holds on a loaded machine and compares builds of
 * different commits (this class only needs the reader's public API, which has not changed).
 *
 * <p>Usage, from the project root: {@code java -cp bench/target/benchmarks.jar
 * org.trucewatch.bench.FirmsReadCpuTime [FILE] [ROUNDS]} (default the shared S-NPP file, 20).
 */
public final class FirmsReadCpuTime {
  private FirmsReadCpuTime() {}

  /** Reads the file {@code ROUNDS} times and prints the best round. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/firms/fire_nrt_SV-C2_400448.csv");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    byte[] raw = Files.readAllBytes(file);
    FirmsCsvReader reader = new FirmsCsvReader();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long best = Long.MAX_VALUE;
    int rows = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = os.getProcessCpuTime();
      rows = reader.read(file.getFileName().toString(), "0".repeat(64), raw).observations().size();
      best = Math.min(best, os.getProcessCpuTime() - t0);
    }
    System.out.printf(Locale.ROOT, "%s: %d observations, best of %d %d ms process CPU, %,d rows per CPU second%n",
        file.getFileName(), rows, rounds, best / 1_000_000, rows * 1_000_000_000L / best);
  }
}
