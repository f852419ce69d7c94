package org.trucewatch.formats.ais;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Converts the NaN and -1 markers of {@link PositionFields} to optionals for the record API. */
final class AisValues {
  private AisValues() {}

  static OptionalDouble optional(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  static OptionalInt optionalHeading(int raw) {
    int h = PositionFields.headingDegrees(raw);
    return h < 0 ? OptionalInt.empty() : OptionalInt.of(h);
  }

  /** The UTC second of the report, empty for 60 (not available) and 61-63 (manual, estimated, inoperative). */
  static OptionalInt optionalSecond(int raw) {
    return raw < 60 ? OptionalInt.of(raw) : OptionalInt.empty();
  }
}
