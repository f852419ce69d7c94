package org.trucewatch.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A FIRMS CSV made K times as long in days, for the scaling bench ({@code bench/run-scaling.sh}):
 * the file's rows K times over, copy k with every {@code acq_date} moved k spans later (a span is
 * the days from the file's first to its last date, both included). Detections per day stay those
 * of the real file; only the mission's length grows. Uses the JDK alone, so it runs straight from
 * source: {@code java bench/src/main/java/org/trucewatch/bench/FirmsDaysScaled.java IN OUT K}.
 */
public final class FirmsDaysScaled {
  private FirmsDaysScaled() {}

  /** IN OUT K. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: FirmsDaysScaled IN.csv OUT.csv K");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int k = Integer.parseInt(args[2]);
    String header;
    int dateColumn = -1;
    LocalDate first = null;
    LocalDate last = null;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      header = r.readLine();
      String[] names = header.split(",", -1);
      for (int i = 0; i < names.length; i++) {
        if (names[i].trim().toLowerCase(Locale.ROOT).equals("acq_date")) {
          dateColumn = i;
        }
      }
      if (dateColumn < 0) {
        throw new IOException(in + ":1: acq_date: no such column");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        LocalDate d = LocalDate.parse(line.split(",", -1)[dateColumn]);
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    if (first == null) {
      throw new IOException(in + ": no rows");
    }
    long span = ChronoUnit.DAYS.between(first, last) + 1;
    long rows = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(header);
      w.write('\n');
      for (int copy = 0; copy < k; copy++) {
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
          r.readLine();
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] f = line.split(",", -1);
            f[dateColumn] = LocalDate.parse(f[dateColumn]).plusDays(copy * span).toString();
            w.write(String.join(",", f));
            w.write('\n');
            rows++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d rows, %d days (%s to %s)%n", out, rows, k * span, first,
        first.plusDays(k * span - 1));
  }
}
