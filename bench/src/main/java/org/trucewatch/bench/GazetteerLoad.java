package org.trucewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.trucewatch.formats.gazetteer.Gazetteer;

/**
 * What the bundled gazetteer costs a process: the time to load it (read the resource, romanise
 * every name, index every key and stem) and the heap it keeps. Load time is the median of
 * {@code runs} fresh loads after two warm-up loads; retained heap is the used heap after a full
 * collection with one gazetteer held, minus the used heap after a collection without it.
 *
 * <p>Run from the project root after {@code mvn -q -pl formats -am compile}: {@code java -cp
 * formats/target/classes:core/target/classes:$(cat /tmp/cp.txt)
 * bench/src/main/java/org/trucewatch/bench/GazetteerLoad.java 7} (see bench/README.md).
 */
public final class GazetteerLoad {
  private GazetteerLoad() {}

  /** Prints load time and retained heap. */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    Gazetteer held = Gazetteer.load();
    long after = usedAfterGc(memory);
    System.out.printf(Locale.ROOT, "places: %d%n", held.places().size());
    System.out.printf(Locale.ROOT, "retained heap: %.1f MB%n", (after - before) / 1e6);
    Gazetteer.load();
    Gazetteer.load();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] ms = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      Gazetteer.load();
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    java.util.Arrays.sort(ms);
    java.util.Arrays.sort(cpu);
    // on a shared machine the thread's CPU time is the steadier figure; wall time is given too
    System.out.printf(Locale.ROOT, "load time: CPU median %d ms (min %d), wall median %d ms (min %d) over %d loads%n",
        cpu[runs / 2], cpu[0], ms[runs / 2], ms[0], runs);
    System.out.println(held.places().size() > 0 ? "held" : "");
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
