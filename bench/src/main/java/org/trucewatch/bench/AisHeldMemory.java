package org.trucewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trucewatch.formats.ReadResult;
import org.trucewatch.formats.ais.AisFixes;
import org.trucewatch.formats.ais.AisObservationReader;

/**
 * The heap an AIS log's position reports hold once read, both ways, in one process each: as
 * observations ({@code AisObservationReader.read}, what the run did) or as compact fixes ({@code
 * readFixes} into {@code AisFixes}). Prints the fix count, the reading time and the heap still in
 * use after a full collection, less what was in use before reading (the raw bytes included in
 * neither).
 *
 * <p>Usage, from the project root: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * org.trucewatch.bench.AisHeldMemory FILE observations|fixes}.
 */
public final class AisHeldMemory {
  private AisHeldMemory() {}

  /** Reads the file the way asked and prints what it holds. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    boolean fixes = args.length > 1 && args[1].equals("fixes");
    byte[] raw = Files.readAllBytes(file);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long t0 = System.nanoTime();
    AisObservationReader reader = new AisObservationReader();
    long count;
    Object held;
    if (fixes) {
      AisFixes store = new AisFixes(reader);
      List<?> rejects = reader.readFixes(file.getFileName().toString(), "0".repeat(64), raw, store);
      count = store.store().size();
      held = List.of(store, rejects);
    } else {
      ReadResult r = reader.read(file.getFileName().toString(), "0".repeat(64), raw);
      count = r.observations().size();
      held = r;
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT, "%s as %s: %,d fixes in %,d ms; %,d MB held, %.0f bytes a fix%n",
        file.getFileName(), fixes ? "fixes" : "observations", count, millis, (after - before) >> 20,
        (after - before) / (double) Math.max(1, count));
    if (held.hashCode() == 42) {
      System.out.println(); // keeps what was read reachable until measured
    }
  }
}
