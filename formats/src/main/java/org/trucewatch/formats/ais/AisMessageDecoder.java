package org.trucewatch.formats.ais;

/**
 * Decodes a payload into its message record, for types 1, 2, 3, 4, 5, 9, 11, 18, 19, 21, 24 (A and
 * B) and 27. Stateless and thread-safe.
 */
public final class AisMessageDecoder {
  private AisMessageDecoder() {}

  /** Whether {@link #decode} reads this type. */
  public static boolean supports(int type) {
    return PositionFields.minimumBits(type) > 0;
  }

  /**
   * The problem that stops {@code payload} from being decoded, or null when it can be: an
   * unsupported type, or fewer bits than its type needs.
   */
  public static AisProblem problem(SixBitPayload payload) {
    int type = payload.messageType();
    int minimum = PositionFields.minimumBits(type);
    if (minimum == 0) {
      return AisProblem.UNSUPPORTED_TYPE;
    }
    if (type == 24 && payload.bitLength() >= 40 && payload.bits(38, 2) > 1) {
      return AisProblem.UNSUPPORTED_TYPE; // parts C and D do not exist in M.1371-5
    }
    return payload.bitLength() < minimum ? AisProblem.TOO_SHORT : null;
  }

  /**
   * The message in {@code payload}.
   *
   * @throws IllegalArgumentException if {@link #problem} is not null for it
   */
  public static AisMessage decode(SixBitPayload payload) {
    AisProblem problem = problem(payload);
    if (problem != null) {
      throw new IllegalArgumentException(problem.description() + ": type " + payload.messageType());
    }
    switch (payload.messageType()) {
      case 1, 2, 3:
        return ClassAPositionReport.read(payload);
      case 4, 11:
        return BaseStationReport.read(payload);
      case 5:
        return StaticVoyageData.read(payload);
      case 9:
        return SarAircraftReport.read(payload);
      case 18:
        return ClassBPositionReport.read(payload);
      case 19:
        return ExtendedClassBReport.read(payload);
      case 21:
        return AidToNavigationReport.read(payload);
      case 24:
        return payload.bits(38, 2) == 0 ? StaticDataPartA.read(payload) : StaticDataPartB.read(payload);
      case 27:
        return LongRangePositionReport.read(payload);
      default:
        throw new AssertionError("type " + payload.messageType());
    }
  }
}
