package org.trucewatch.engine.mission;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.formats.firms.FirmsCsvReader;

/**
 * What a user must know of the detections of one entry read from an extract reduced to position
 * and date: how many, what they lack, and the nominal pixel and whole-day time they were given
 * instead. Taken one observation at a time, as an entry is read. Not thread-safe.
 */
final class ReducedNote {
  private long n;
  private final TreeSet<String> lacking = new TreeSet<>();
  private final TreeSet<String> pixels = new TreeSet<>();

  /** Counts {@code o} if it was read from a reduced extract. */
  void add(Observation o) {
    String missing = o.attributes().get(Assessor.REDUCED);
    if (missing != null) {
      n++;
      lacking.addAll(List.of(missing.split(",")));
      if ("nominal".equals(o.attributes().get(FirmsCsvReader.PIXEL))) {
        pixels.add(o.attributes().get("scan") + " km");
      }
    }
  }

  /** The note, starting {@code "; "}, for the entry's progress line; empty when none was reduced. */
  String text() {
    if (n == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "; %,d without %s", n, String.join(", ", lacking)));
    if (!pixels.isEmpty()) {
      sb.append(": nominal pixel ").append(String.join(" / ", pixels));
    }
    if (lacking.contains("acq_time")) {
      sb.append(pixels.isEmpty() ? ": " : ", ").append("time the whole UTC day");
    }
    return sb.toString();
  }
}
