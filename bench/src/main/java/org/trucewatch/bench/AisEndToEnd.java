package org.trucewatch.bench;

import dk.dma.ais.message.AisMessage;
import dk.dma.ais.message.IVesselPositionMessage;
import dk.dma.ais.packet.AisPacket;
import dk.dma.ais.packet.AisPacketParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.trucewatch.formats.ais.AisDecodeCounts;
import org.trucewatch.formats.ais.AisDecoder;
import org.trucewatch.formats.ais.AisSentenceContext;
import org.trucewatch.formats.ais.GpsdJsonEncoder;
import org.trucewatch.formats.ais.NmeaAisFramer;
import org.trucewatch.formats.ais.PipelinedAisDecoder;
import org.trucewatch.formats.ais.PositionFields;
import org.trucewatch.formats.ais.PositionReport;

/**
 * End-to-end decoding of an NMEA file by our decoder and by AisLib in this JVM, with a plain
 * {@code readLine} over the file as the floor. Each decoder reads the file from disk (page cache)
 * and reads MMSI, position and speed of every position report. The fair comparison is
 * "trucewatch records" against AisLib: both decode every message, of every type, into an object;
 * "trucewatch (bytes)" is our allocation-free path, which reads only the position fields. Time is the decoding thread's CPU
 * time, so the figure is per core and holds on a busy machine; each is run five times, the best
 * kept (the first runs warm the JIT). Prints one line per decoder: messages, CPU seconds,
 * messages per CPU second.
 */
public final class AisEndToEnd {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static double sink;

  private AisEndToEnd() {}

  /**
   * {@code args[0]}: the NMEA file; {@code args[1]}: rounds (5); {@code args[2]}: {@code threads}
   * to run only the one-thread against two-thread gpsd JSON comparison.
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (args.length > 2 && args[2].equals("threads")) {
      gpsdThreads(file, rounds); // alone, e.g. under the quick JIT compiler only, as decode runs
      return;
    }
    long messages = ours(file);
    report("readLine (floor)", file, messages, rounds, AisEndToEnd::readLines);
    // the fair pair first: every message of every type decoded into an object on both sides
    report("trucewatch records", file, messages, rounds, AisEndToEnd::ourRecords);
    report("aislib 2.8.5", file, messages, rounds, AisEndToEnd::aisLib);
    report("trucewatch (bytes)", file, messages, rounds, AisEndToEnd::ours);
    gpsdThreads(file, rounds);
    System.out.println("# sink " + (sink == 42 ? "" : "ok"));
  }

  private interface Decoder {
    long decode(Path file) throws Exception;
  }

  private static void report(String name, Path file, long messages, int rounds, Decoder d) throws Exception {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      d.decode(file);
      best = Math.min(best, (CPU.getCurrentThreadCpuTime() - t0) / 1e9);
    }
    System.out.printf(Locale.ROOT, "%-20s %,12d messages %8.3f cpu-s %,14.0f msgs/cpu-s%n", name, messages, best,
        messages / best);
  }

  /**
   * The work of {@code decode ais --format gpsd}, gpsd JSON written to a null stream, on one
   * thread and on two ({@link PipelinedAisDecoder}): for two, the writing thread's CPU time and the
   * rest of the process's (the decoding thread, with whatever GC and JIT ran meanwhile). The larger
   * of the two is the wall-clock time the work needs when both cores are free; best of the rounds.
   */
  private static void gpsdThreads(Path file, int rounds) throws IOException {
    double one = Double.MAX_VALUE;
    double writer = Double.MAX_VALUE;
    double rest = Double.MAX_VALUE;
    double path = Double.MAX_VALUE;
    double wall = Double.MAX_VALUE;
    double wallOne = Double.MAX_VALUE;
    for (int r = 0; r < rounds + 1; r++) {
      long w0 = System.nanoTime();
      long t0 = CPU.getCurrentThreadCpuTime();
      GpsdJsonEncoder g1 = new GpsdJsonEncoder();
      AisDecoder d = AisDecoder.withContext((m, c) -> gpsd(g1, m, c), p -> {});
      try (InputStream in = Files.newInputStream(file)) {
        d.readAll(in);
      }
      long t1 = CPU.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      long p1 = PROCESS.getProcessCpuTime();
      GpsdJsonEncoder g2 = new GpsdJsonEncoder();
      try (InputStream in = Files.newInputStream(file)) {
        new PipelinedAisDecoder((m, c) -> gpsd(g2, m, c), p -> {}).readAll(in);
      }
      long t2 = CPU.getCurrentThreadCpuTime();
      long p2 = PROCESS.getProcessCpuTime();
      long w2 = System.nanoTime();
      if (r == 0) {
        continue; // warm-up
      }
      one = Math.min(one, (t1 - t0) / 1e9);
      wallOne = Math.min(wallOne, (w1 - w0) / 1e9);
      double w = (t2 - t1) / 1e9;
      double o = Math.max(0, (p2 - p1) / 1e9 - w);
      writer = Math.min(writer, w);
      rest = Math.min(rest, o);
      path = Math.min(path, Math.max(w, o));
      wall = Math.min(wall, (w2 - w1) / 1e9);
    }
    System.out.printf(Locale.ROOT, "gpsd json, one thread: %.3f cpu-s (wall %.3f s); two threads: writer %.3f cpu-s, "
        + "decoder and the rest %.3f cpu-s, longer of the two %.3f s (wall %.3f s); one / longer: %.2f x%n",
        one, wallOne, writer, rest, path, wall, one / path);
  }

  private static void gpsd(GpsdJsonEncoder g, org.trucewatch.formats.ais.AisMessage m, AisSentenceContext c) {
    if (g.append(m, c.channel()) && g.length() >= 1 << 16) {
      sink += g.length();
      g.clear();
    }
  }

  private static long readLines(Path file) throws IOException {
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        n += l.length();
      }
    }
    sink += n;
    return n;
  }

  private static long ours(Path file) throws IOException {
    AisDecodeCounts counts = new AisDecodeCounts();
    NmeaAisFramer framer = new NmeaAisFramer((p, c) -> {
      int type = p.messageType();
      if (PositionFields.hasPosition(type)) {
        sink += p.mmsi() + PositionFields.latitude(p, type) + PositionFields.longitude(p, type)
            + PositionFields.speedKnots(p, type);
      }
    }, counts);
    byte[] buf = new byte[1 << 16];
    int have = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf, have, buf.length - have); n > 0 || have > 0; n = in.read(buf, have, buf.length - have)) {
        have += Math.max(n, 0);
        int start = 0;
        for (int i = 0; i < have; i++) {
          if (buf[i] == '\n') {
            framer.acceptLine(buf, start, i);
            start = i + 1;
          }
        }
        if (n <= 0) {
          if (start < have) {
            framer.acceptLine(buf, start, have);
          }
          break;
        }
        System.arraycopy(buf, start, buf, 0, have - start);
        have -= start;
      }
    }
    framer.finish();
    return counts.messages();
  }

  /**
   * Our decoder doing AisLib's work: every message of every type decoded into its record
   * ({@link AisDecoder} on the file's bytes), then the same fields read as from AisLib's objects.
   */
  private static long ourRecords(Path file) throws IOException {
    long[] n = {0};
    AisDecoder decoder = AisDecoder.withContext((m, c) -> {
      n[0]++;
      if (m instanceof PositionReport v) {
        sink += m.mmsi() + v.latitude().orElse(0) + v.longitude().orElse(0) + v.speedKnots().orElse(0);
      } else {
        sink += m.mmsi();
      }
    }, p -> {});
    try (InputStream in = Files.newInputStream(file)) {
      decoder.readAll(in);
    }
    return n[0];
  }

  private static long aisLib(Path file) throws Exception {
    AisPacketParser parser = new AisPacketParser();
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        AisPacket packet = parser.readLine(l);
        if (packet != null) {
          n++;
          AisMessage m = packet.tryGetAisMessage();
          if (m instanceof IVesselPositionMessage v) {
            sink += m.getUserId() + v.getPos().getLatitudeDouble() + v.getPos().getLongitudeDouble() + v.getSog();
          } else if (m != null) {
            sink += m.getUserId();
          }
        }
      }
    }
    return n;
  }
}
