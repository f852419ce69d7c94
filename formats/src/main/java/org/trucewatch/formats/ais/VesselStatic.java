package org.trucewatch.formats.ais;

/**
 * What a ship says about itself in its static messages (types 5, 19 and 24), merged as they come:
 * a later non-empty value replaces an earlier one. Mutable; one per MMSI.
 */
final class VesselStatic {
  String name = "";
  String callsign = "";
  String destination = "";
  int shipType;
  int imo;

  void merge(AisMessage m) {
    if (m instanceof StaticVoyageData v) {
      name = pick(v.shipName(), name);
      callsign = pick(v.callsign(), callsign);
      destination = pick(v.destination(), destination);
      shipType = v.shipType() != 0 ? v.shipType() : shipType;
      imo = v.imo() != 0 ? v.imo() : imo;
    } else if (m instanceof ExtendedClassBReport v) {
      name = pick(v.shipName(), name);
      shipType = v.shipType() != 0 ? v.shipType() : shipType;
    } else if (m instanceof StaticDataPartA v) {
      name = pick(v.shipName(), name);
    } else if (m instanceof StaticDataPartB v) {
      callsign = pick(v.callsign(), callsign);
      shipType = v.shipType() != 0 ? v.shipType() : shipType;
    }
  }

  private static String pick(String next, String current) {
    return next.isEmpty() ? current : next;
  }
}
