package org.trucewatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.trucewatch.formats.ais.AisNmeaWriter;
import org.trucewatch.formats.ais.ShipDimensions;

/**
 * A deterministic mix of Black Sea AIS traffic as NMEA lines with tag blocks, for the decoding
 * benchmarks: 300 ships (a quarter class B), nine in ten sentences a position report (types 1 and
 * 18), the rest static data (type 5 in two sentences, type 24 parts A and B), from five shore
 * stations, in time order. {@code main(FILE, LINES)} writes it to a file for the end-to-end script.
 */
public final class AisTrafficCorpus {
  private static final String[] STATIONS = {"odesa", "chornomorsk", "constanta", "varna", "istanbul"};

  private AisTrafficCorpus() {}

  /** At least {@code lines} lines (a type 5 may add one more). */
  public static List<String> lines(int lines, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    AisNmeaWriter w = new AisNmeaWriter();
    int ships = 300;
    double[] lat = new double[ships];
    double[] lon = new double[ships];
    double[] course = new double[ships];
    double[] speed = new double[ships];
    for (int i = 0; i < ships; i++) {
      lat[i] = 42.0 + rnd.nextDouble() * 4.5;
      lon[i] = 28.5 + rnd.nextDouble() * 5.0;
      course[i] = rnd.nextDouble() * 360;
      speed[i] = rnd.nextDouble() < 0.2 ? 0.1 * rnd.nextInt(5) : 6 + rnd.nextDouble() * 10;
    }
    List<String> out = new ArrayList<>(lines + 2);
    long t = 1742990400L;
    while (out.size() < lines) {
      int s = rnd.nextInt(ships);
      int mmsi = 271000000 + s * 1013;
      boolean classB = s % 4 == 0;
      String station = STATIONS[s % STATIONS.length];
      char channel = rnd.nextBoolean() ? 'A' : 'B';
      t += rnd.nextInt(2);
      String text;
      if (rnd.nextInt(10) > 0) {
        double c = Math.toRadians(course[s]);
        lat[s] += speed[s] / 3600 / 60 * Math.cos(c) * 10;
        lon[s] += speed[s] / 3600 / 60 * Math.sin(c) * 10 / Math.cos(Math.toRadians(lat[s]));
        text = classB
            ? w.classBPosition(station, t, channel, mmsi, lat[s], lon[s], speed[s], course[s], -1, (int) (t % 60))
            : w.classAPosition(station, t, channel, mmsi, 0, lat[s], lon[s], speed[s], course[s],
                (int) course[s] % 360, (int) (t % 60));
      } else if (classB) {
        text = rnd.nextBoolean()
            ? w.staticPartA(station, t, channel, mmsi, "BOAT " + s)
            : w.staticPartB(station, t, channel, mmsi, 37, "UR" + s, new ShipDimensions(6, 4, 2, 2));
      } else {
        text = w.staticVoyage(station, t, channel, mmsi, 9000000 + s, "UT" + s, "SHIP NUMBER " + s, 70 + s % 20,
            new ShipDimensions(120, 30, 12, 12), "ODESA", 9.5);
      }
      for (String line : text.split("\n")) {
        out.add(line);
      }
    }
    return out;
  }

  /** Writes {@code args[1]} lines (default 1,000,000) to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.US_ASCII)) {
      for (String line : lines(n, 42)) {
        w.write(line);
        w.write('\n');
      }
    }
  }
}
