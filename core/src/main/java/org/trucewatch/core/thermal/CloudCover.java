package org.trucewatch.core.thermal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cloud cover the user supplies: a fraction (0 clear to 1 overcast) per day for the whole area,
 * and optionally per 0.1-degree cell and day, the cell's value winning over the day's.
 */
public final class CloudCover {
  /** No cloud cover known. */
  public static final CloudCover NONE = new CloudCover(Map.of(), Map.of());

  private final TreeMap<LocalDate, Double> perDay;
  private final TreeMap<String, Double> perCellDay;

  private CloudCover(Map<LocalDate, Double> perDay, Map<String, Double> perCellDay) {
    this.perDay = new TreeMap<>(perDay);
    this.perCellDay = new TreeMap<>(perCellDay);
  }

  /**
   * Cloud cover from day values and cell-day values (keyed by {@link #cellDayKey}).
   *
   * @throws IllegalArgumentException when a fraction is outside 0..1
   */
  public static CloudCover of(Map<LocalDate, Double> perDay, Map<String, Double> perCellDay) {
    for (double f : perDay.values()) {
      check(f);
    }
    for (double f : perCellDay.values()) {
      check(f);
    }
    return new CloudCover(perDay, perCellDay);
  }

  private static void check(double f) {
    if (!(f >= 0 && f <= 1)) {
      throw new IllegalArgumentException("cloud cover must be a fraction from 0 to 1: " + f);
    }
  }

  /** The key of the 0.1-degree cell holding the point, on that day. */
  public static String cellDayKey(double latitude, double longitude, LocalDate day) {
    FireCell c = FireCell.containing(latitude, longitude, WarFireRules.PUBLISHED.cellSizeMicroDegrees());
    return day + "/" + c.latIndex() + "/" + c.lonIndex();
  }

  /** The cloud cover at the point on that day; empty when none was given. */
  public Optional<Double> at(double latitude, double longitude, LocalDate day) {
    Objects.requireNonNull(day, "day");
    Double cell = perCellDay.get(cellDayKey(latitude, longitude, day));
    return Optional.ofNullable(cell != null ? cell : perDay.get(day));
  }

  /**
   * This cover with {@code later}'s values added, {@code later} winning for a day or cell-day both
   * give: several cloud-cover files, in the order they were recorded.
   */
  public CloudCover updatedBy(CloudCover later) {
    TreeMap<LocalDate, Double> days = new TreeMap<>(perDay);
    days.putAll(later.perDay);
    TreeMap<String, Double> cells = new TreeMap<>(perCellDay);
    cells.putAll(later.perCellDay);
    return new CloudCover(days, cells);
  }

  /** Whether no value was given. */
  public boolean isEmpty() {
    return perDay.isEmpty() && perCellDay.isEmpty();
  }
}
