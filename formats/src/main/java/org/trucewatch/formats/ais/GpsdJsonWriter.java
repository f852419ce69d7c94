package org.trucewatch.formats.ais;

/**
 * Writes messages as gpsd does ({@code gpsdecode -j}, scaled): gpsd's field names, units and
 * number formats, with "not available" written as gpsd writes it (the raw code, or {@code "n/a"}),
 * so that tools built on gpsd read our output unchanged.
 *
 * <p>Like gpsd, type 24 is written once per ship when a part B follows a part A from the same
 * MMSI on the same channel: the joined record. Part A's wait as in gpsd (the last eight per
 * channel, see {@link Type24Pairing}), and a part B without its part A is not written. Not
 * thread-safe.
 */
public final class GpsdJsonWriter {
  private final Type24Pairing pairing = new Type24Pairing();

  /** The gpsd JSON line for this message, or null when gpsd would write nothing for it (yet). */
  public String write(DecodedAisMessage decoded) {
    AisMessage m = decoded.message();
    JsonLine j = new JsonLine()
        .str("class", "AIS")
        .str("device", "stdin")
        .num("type", m.messageType())
        .num("repeat", m.repeat())
        .num("mmsi", Integer.toUnsignedLong(m.mmsi()))
        .bool("scaled", true);
    if (m instanceof ClassAPositionReport r) {
      j.num("status", r.status()).str("status_text", AisCodeTexts.status(r.status()));
      j.raw("turn", turn(r.rawTurn()));
      speed(j, r.rawSpeed());
      j.bool("accuracy", r.accuracy());
      lonLat(j, r.rawLon(), r.rawLat(), 600_000.0, 7);
      j.fixed("course", r.rawCourse() / 10.0, 1).num("heading", r.rawHeading()).num("second", r.second())
          .num("maneuver", r.maneuver()).bool("raim", r.raim()).num("radio", r.radio());
    } else if (m instanceof BaseStationReport r) {
      j.str("timestamp", String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ",
          r.year(), r.month(), r.day(), r.hour(), r.minute(), r.second()));
      j.bool("accuracy", r.accuracy());
      lonLat(j, r.rawLon(), r.rawLat(), 600_000.0, 7);
      j.num("epfd", r.epfd()).str("epfd_text", AisCodeTexts.epfd(r.epfd())).bool("raim", r.raim())
          .num("radio", r.radio());
    } else if (m instanceof StaticVoyageData r) {
      j.num("imo", r.imo()).num("ais_version", r.aisVersion()).str("callsign", r.callsign())
          .str("shipname", r.shipName()).num("shiptype", r.shipType())
          .str("shiptype_text", AisCodeTexts.shipType(r.shipType()));
      dimensions(j, r.dimensions());
      j.num("epfd", r.epfd()).str("epfd_text", AisCodeTexts.epfd(r.epfd()))
          .str("eta", String.format(java.util.Locale.ROOT, "%02d-%02dT%02d:%02dZ",
              r.etaMonth(), r.etaDay(), r.etaHour(), r.etaMinute()))
          .fixed("draught", r.rawDraught() / 10.0, 1).str("destination", r.destination()).num("dte", r.dte() ? 1 : 0);
    } else if (m instanceof SarAircraftReport r) {
      j.num("alt", r.rawAltitude()).num("speed", r.rawSpeed()).bool("accuracy", r.accuracy());
      lonLat(j, r.rawLon(), r.rawLat(), 600_000.0, 7);
      j.fixed("course", r.rawCourse() / 10.0, 1).num("second", r.second()).num("regional", r.regional())
          .num("dte", r.dte() ? 1 : 0).bool("raim", r.raim()).num("radio", r.radio());
    } else if (m instanceof ClassBPositionReport r) {
      j.num("reserved", r.reserved());
      speed(j, r.rawSpeed());
      j.bool("accuracy", r.accuracy());
      lonLat(j, r.rawLon(), r.rawLat(), 600_000.0, 7);
      j.fixed("course", r.rawCourse() / 10.0, 1).num("heading", r.rawHeading()).num("second", r.second())
          .num("regional", r.regional()).bool("cs", r.cs()).bool("display", r.display()).bool("dsc", r.dsc())
          .bool("band", r.band()).bool("msg22", r.msg22()).bool("raim", r.raim()).num("radio", r.radio());
    } else if (m instanceof ExtendedClassBReport r) {
      j.num("reserved", r.reserved());
      speed(j, r.rawSpeed());
      j.bool("accuracy", r.accuracy());
      lonLat(j, r.rawLon(), r.rawLat(), 600_000.0, 7);
      j.fixed("course", r.rawCourse() / 10.0, 1).num("heading", r.rawHeading()).num("second", r.second())
          .num("regional", r.regional()).str("shipname", r.shipName()).num("shiptype", r.shipType())
          .str("shiptype_text", AisCodeTexts.shipType(r.shipType()));
      dimensions(j, r.dimensions());
      j.num("epfd", r.epfd()).str("epfd_text", AisCodeTexts.epfd(r.epfd())).bool("raim", r.raim())
          .num("dte", r.dte() ? 1 : 0).bool("assigned", r.assigned());
    } else if (m instanceof AidToNavigationReport r) {
      j.num("aid_type", r.aidType()).str("aid_type_text", AisCodeTexts.aidType(r.aidType())).str("name", r.name());
      lonLat(j, r.rawLon(), r.rawLat(), 600_000.0, 7);
      j.bool("accuracy", r.accuracy());
      dimensions(j, r.dimensions());
      j.num("epfd", r.epfd()).str("epfd_text", AisCodeTexts.epfd(r.epfd())).num("second", r.second())
          .num("regional", r.regional()).bool("off_position", r.offPosition()).bool("raim", r.raim())
          .bool("virtual_aid", r.virtualAid());
    } else if (m instanceof StaticDataPartA r) {
      pairing.partA(decoded.channel(), r.mmsi(), r.shipName());
      return null;
    } else if (m instanceof StaticDataPartB r) {
      String shipName = pairing.partB(decoded.channel(), r.mmsi());
      if (shipName == null) {
        return null;
      }
      j.str("shipname", shipName).num("shiptype", r.shipType())
          .str("shiptype_text", AisCodeTexts.shipType(r.shipType())).str("vendorid", r.vendorId())
          .num("model", r.model()).num("serial", r.serial()).str("callsign", r.callsign());
      if (r.auxiliaryCraft()) {
        j.num("mothership_mmsi", r.mothershipMmsi());
      } else {
        dimensions(j, r.dimensions());
      }
    } else if (m instanceof LongRangePositionReport r) {
      j.num("status", r.status()).str("status_text", AisCodeTexts.status(r.status())).bool("accuracy", r.accuracy());
      lonLat(j, r.rawLon(), r.rawLat(), 600.0, 4);
      j.num("speed", r.rawSpeed()).num("course", r.rawCourse()).bool("raim", r.raim()).bool("gnss", r.gnss());
    }
    return j.toString();
  }

  private static String turn(int raw) {
    if (raw == -128) {
      return "\"n/a\"";
    }
    if (raw == -127) {
      return "\"fastleft\"";
    }
    if (raw == 127) {
      return "\"fastright\"";
    }
    double r = raw / 4.733;
    return "\"" + JsonLine.fixed(Math.copySign(r * r, raw), 2) + "\"";
  }

  private static void speed(JsonLine j, int raw) {
    if (raw == 1023) {
      j.str("speed", "n/a");
    } else if (raw == 1022) {
      j.str("speed", "fast");
    } else {
      j.fixed("speed", raw / 10.0, 1);
    }
  }

  private static void lonLat(JsonLine j, int rawLon, int rawLat, double scale, int decimals) {
    j.fixed("lon", rawLon / scale, decimals).fixed("lat", rawLat / scale, decimals);
  }

  private static void dimensions(JsonLine j, ShipDimensions d) {
    j.num("to_bow", d.toBowMetres()).num("to_stern", d.toSternMetres()).num("to_port", d.toPortMetres())
        .num("to_starboard", d.toStarboardMetres());
  }
}
