package org.trucewatch.formats.ais;

/**
 * One decoded AIS message (ITU-R M.1371-5). Records hold the fields as transmitted (raw integers
 * in the standard's units), so nothing is lost and gpsd's output can be reproduced; accessors
 * without {@code raw} in their name convert to degrees, knots and metres and return empty for the
 * standard's "not available" values.
 */
public sealed interface AisMessage
    permits ClassAPositionReport, BaseStationReport, StaticVoyageData, SarAircraftReport,
        ClassBPositionReport, ExtendedClassBReport, AidToNavigationReport, StaticDataPartA,
        StaticDataPartB, LongRangePositionReport {
  /** The message type, 1 to 27. */
  int messageType();

  /** The repeat indicator, 0 to 3: how often it was retransmitted. */
  int repeat();

  /** The transmitting station's MMSI. */
  int mmsi();
}
