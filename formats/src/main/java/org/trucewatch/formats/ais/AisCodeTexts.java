package org.trucewatch.formats.ais;

/**
 * The words for AIS code values (ITU-R M.1371-5 tables 45, 50, 53 and 73), worded as gpsd words
 * them so that {@code --format gpsd} output matches gpsd's {@code *_text} fields.
 */
public final class AisCodeTexts {
  private static final String[] STATUS = {
    "Under way using engine", "At anchor", "Not under command", "Restricted maneuverability",
    "Constrained by her draught", "Moored", "Aground", "Engaged in fishing", "Under way sailing",
    "Reserved for HSC", "Reserved for WIG", "Power-driven vessel towing astern (regional use)",
    "Power-driven vessel pushing ahead or towing alongside (regional use)", "Reserved",
    "AIS-SART is active", "Not defined"
  };

  private static final String[] EPFD = {
    "Undefined", "GPS", "GLONASS", "Combined GPS/GLONASS", "Loran-C", "Chayka",
    "Integrated navigation system", "Surveyed", "Galileo", "Reserved (9)", "Reserved (10)", "Reserved (11)",
    "Reserved (12)", "Reserved (13)", "Reserved (14)", "Internal GNSS"
  };

  private static final String[] AID_TYPE = {
    "Unspecified", "Reference point", "RACON", "Fixed offshore structure", "Spare, Reserved for future use.",
    "Light, without sectors", "Light, with sectors", "Leading Light Front", "Leading Light Rear",
    "Beacon, Cardinal N", "Beacon, Cardinal E", "Beacon, Cardinal S", "Beacon, Cardinal W",
    "Beacon, Port hand", "Beacon, Starboard hand", "Beacon, Preferred Channel port hand",
    "Beacon, Preferred Channel starboard hand", "Beacon, Isolated danger", "Beacon, Safe water",
    "Beacon, Special mark", "Cardinal Mark N", "Cardinal Mark E", "Cardinal Mark S", "Cardinal Mark W",
    "Port hand Mark", "Starboard hand Mark", "Preferred Channel Port hand", "Preferred Channel Starboard hand",
    "Isolated danger", "Safe Water", "Special Mark", "Light Vessel / LANBY / Rigs"
  };

  private static final String[] SHIP_TYPE = new String[100];

  static {
    SHIP_TYPE[0] = "Not available";
    for (int i = 1; i < 20; i++) {
      SHIP_TYPE[i] = "Reserved for future use";
    }
    category(20, "Wing in ground (WIG)");
    String[] thirties = {
      "Fishing", "Towing", "Towing: length exceeds 200m or breadth exceeds 25m", "Dredging or underwater ops",
      "Diving ops", "Military ops", "Sailing", "Pleasure Craft", "Reserved", "Reserved"
    };
    System.arraycopy(thirties, 0, SHIP_TYPE, 30, 10);
    category(40, "High speed craft (HSC)");
    String[] fifties = {
      "Pilot Vessel", "Search and Rescue vessel", "Tug", "Port Tender", "Anti-pollution equipment",
      "Law Enforcement", "Spare - Local Vessel", "Spare - Local Vessel", "Medical Transport",
      "Ship according to RR Resolution No. 18"
    };
    System.arraycopy(fifties, 0, SHIP_TYPE, 50, 10);
    category(60, "Passenger");
    category(70, "Cargo");
    category(80, "Tanker");
    category(90, "Other Type");
  }

  private AisCodeTexts() {}

  private static void category(int base, String name) {
    SHIP_TYPE[base] = name + " - all ships of this type";
    SHIP_TYPE[base + 1] = name + " - Hazardous category A";
    SHIP_TYPE[base + 2] = name + " - Hazardous category B";
    SHIP_TYPE[base + 3] = name + " - Hazardous category C";
    SHIP_TYPE[base + 4] = name + " - Hazardous category D";
    for (int i = 5; i < 9; i++) {
      SHIP_TYPE[base + i] = name + " - Reserved for future use";
    }
    SHIP_TYPE[base + 9] = name + " - No additional information";
  }

  /** Navigational status, 0-15. */
  public static String status(int code) {
    return code >= 0 && code < STATUS.length ? STATUS[code] : "INVALID STATUS";
  }

  /** Type of electronic position fixing device, 0-15. */
  public static String epfd(int code) {
    return code >= 0 && code < EPFD.length ? EPFD[code] : "INVALID EPFD";
  }

  /** Type of aid to navigation, 0-31. */
  public static String aidType(int code) {
    return code >= 0 && code < AID_TYPE.length ? AID_TYPE[code] : "INVALID NAVAID TYPE";
  }

  /** Type of ship and cargo, 0-99; 100-255 are reserved for regional use. */
  public static String shipType(int code) {
    return code >= 0 && code < SHIP_TYPE.length ? SHIP_TYPE[code] : "Unknown";
  }
}
