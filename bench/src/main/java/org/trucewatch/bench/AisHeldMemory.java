package org.trucewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.maritime.MaritimeDetection;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.observation.Observation;
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
 * <p>With {@code sea}, it then runs the sea layer's detectors over what it read ({@code
 * MaritimeDetection.run} over the observations, or {@code detectShipByShip} over the fixes) and
 * prints their count, time and a hash of their ids, which must agree between the two.
 *
 * <p>Usage, from the project root: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * org.trucewatch.bench.AisHeldMemory FILE observations|fixes [sea]}.
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
    if (args.length > 2 && args[2].equals("sea")) {
      // the sea layer's detections over what was read: per ship from the fixes, or at once from observations
      long s0 = System.nanoTime();
      MaritimeDetection sea = new MaritimeDetection(MaritimeRules.DEFAULTS);
      List<Observation> detections = fixes
          ? sea.detectShipByShip(((AisFixes) ((List<?>) held).get(0)).tracks(MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots()))
          : sea.run(((ReadResult) held).observations()).detections();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Observation d : detections) {
        sha.update(d.id().toString().getBytes(StandardCharsets.US_ASCII));
      }
      System.out.printf(Locale.ROOT, "sea layer: %,d detections in %,d ms, ids sha256 %s%n", detections.size(),
          (System.nanoTime() - s0) / 1_000_000, HexFormat.of().formatHex(sha.digest()));
    }
    if (held.hashCode() == 42) {
      System.out.println(); // keeps what was read reachable until measured
    }
  }
}
