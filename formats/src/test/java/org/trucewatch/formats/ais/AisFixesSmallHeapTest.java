package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three days of 300 ships' AIS read in a forked JVM with a 96 MB heap: as compact fixes it fits,
 * as one observation per report (what the run did before the fix store) it runs out of memory.
 */
class AisFixesSmallHeapTest {
  private static final int SHIPS = 300;
  private static final int DAYS = 3;
  private static final long T0 = 1742342400L; // 2025-03-19T00:00:00Z

  /** The forked reader: reads FILE as {@code fixes} or {@code observations} and prints the count. */
  public static final class Reading {
    private Reading() {}

    /** Entry point of the forked JVM. */
    public static void main(String[] args) throws IOException {
      byte[] raw = Files.readAllBytes(Path.of(args[1]));
      AisObservationReader reader = new AisObservationReader();
      if (args[0].equals("fixes")) {
        AisFixes fixes = new AisFixes(reader);
        reader.readFixes("traffic.nmea", "0".repeat(64), raw, fixes);
        System.out.println("held " + fixes.store().size());
      } else {
        System.out.println("held " + reader.read("traffic.nmea", "0".repeat(64), raw).observations().size());
      }
    }
  }

  /** A report every 150 s from each ship, steaming slowly east, half of them thinned away on reading. */
  private static Path traffic(Path dir) throws IOException {
    Path file = dir.resolve("traffic.nmea");
    AisNmeaWriter w = new AisNmeaWriter();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (long t = 0; t < DAYS * 86_400L; t += 150) {
        for (int s = 0; s < SHIPS; s++) {
          double lat = 42.0 + (s % 30) * 0.1;
          double lon = 28.5 + (s / 30) * 0.5 + t * 1e-6;
          out.write(w.classAPosition("st-" + (s % 7), T0 + t + s % 150, s % 2 == 0 ? 'A' : 'B', 272000000 + s, 0,
              lat, lon, 8.0 + s % 5, 90.0, 90, (int) ((t + s) % 60)));
        }
      }
    }
    return file;
  }

  private static List<String> fork(String mode, Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx96m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Reading.class.getName(), mode, file.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return List.of(Integer.toString(p.exitValue()), output);
  }

  @Test
  void threeDaysOfThreeHundredShipsFitIn96MegabytesAsFixesButNotAsObservations(@TempDir Path dir) throws Exception {
    Path file = traffic(dir);
    long expected = (long) SHIPS * DAYS * 86_400L / 300;

    List<String> asFixes = fork("fixes", file);
    assertThat(asFixes.get(1)).contains("held " + expected);
    assertThat(asFixes.get(0)).isEqualTo("0");

    List<String> asObservations = fork("observations", file);
    assertThat(asObservations.get(1)).contains("OutOfMemoryError");
    assertThat(asObservations.get(0)).isNotEqualTo("0");
  }
}
