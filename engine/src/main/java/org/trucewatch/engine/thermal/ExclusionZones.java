package org.trucewatch.engine.thermal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.core.thermal.ExclusionZone;

/** The exclusion zones The Economist published, committed as data beside this class with their source. */
public final class ExclusionZones {
  /** The resource holding them. */
  public static final String RESOURCE = "economist-exclusion-zones.csv";

  private ExclusionZones() {}

  /** The published zones, in the order of the file. */
  public static List<ExclusionZone> published() {
    try (InputStream in = ExclusionZones.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the build");
      }
      return parse(RESOURCE, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Zones from a CSV of {@code west,east,south,north,from,to,note}, {@code #} lines being comments.
   *
   * @throws IllegalArgumentException naming the file and line of a bad row
   */
  static List<ExclusionZone> parse(String name, BufferedReader r) throws IOException {
    List<ExclusionZone> out = new ArrayList<>();
    String line;
    int no = 0;
    boolean header = true;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", 7);
      try {
        if (f.length != 7) {
          throw new IllegalArgumentException("expected 7 fields, got " + f.length);
        }
        out.add(new ExclusionZone(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), LocalDate.parse(f[4]).toEpochDay(), LocalDate.parse(f[5]).toEpochDay(), f[6]));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(name + ":" + no + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }
}
