package org.trucewatch.formats.ais;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes a message as one JSON object in Trucewatch's own form: scaled to degrees, knots and
 * metres with the unit in the key, and a field the standard marks "not available" left out rather
 * than written as its code. Keys: {@code line}, {@code time} and {@code source} (from the tag
 * block, when present), {@code channel}, {@code type}, {@code mmsi}, then the type's fields.
 * Stateless and thread-safe.
 */
public final class AisJsonWriter {
  /** The JSON line for {@code decoded}. */
  public String write(DecodedAisMessage decoded) {
    AisMessage m = decoded.message();
    JsonLine j = new JsonLine().num("line", decoded.firstLine());
    if (decoded.hasTagTime()) {
      j.str("time", Instant.ofEpochMilli(decoded.tagEpochMillis()).toString());
    }
    decoded.tagSource().ifPresent(s -> j.str("source", s));
    if (decoded.channel() != 0) {
      j.str("channel", String.valueOf(decoded.channel()));
    }
    j.num("type", m.messageType()).num("repeat", m.repeat()).num("mmsi", Integer.toUnsignedLong(m.mmsi()));
    if (m instanceof ClassAPositionReport r) {
      opt(j, "status", r.navigationStatus());
      if (r.rawTurn() == 127 || r.rawTurn() == -127) {
        j.str("turn", r.rawTurn() > 0 ? "fast-right" : "fast-left");
      }
      opt(j, "turn_deg_per_min", r.turnDegreesPerMinute(), 1);
      position(j, r);
      j.bool("accuracy", r.accuracy());
      opt(j, "second", r.utcSecond());
      j.num("maneuver", r.maneuver()).bool("raim", r.raim());
    } else if (m instanceof BaseStationReport r) {
      r.utc().ifPresent(t -> j.str("utc", t + "Z"));
      position(j, r);
      j.bool("accuracy", r.accuracy()).num("epfd", r.epfd()).bool("raim", r.raim());
    } else if (m instanceof StaticVoyageData r) {
      opt(j, "imo", r.imoNumber());
      j.str("callsign", r.callsign()).str("name", r.shipName());
      shipType(j, r.shipType());
      dimensions(j, r.dimensions());
      j.num("epfd", r.epfd());
      if (r.etaMonth() > 0 && r.etaDay() > 0 && r.etaHour() < 24 && r.etaMinute() < 60) {
        j.str("eta", String.format(java.util.Locale.ROOT, "%02d-%02dT%02d:%02dZ", r.etaMonth(), r.etaDay(),
            r.etaHour(), r.etaMinute()));
      }
      opt(j, "draught_m", r.draughtMetres(), 1);
      j.str("destination", r.destination()).bool("dte", r.dte()).num("ais_version", r.aisVersion());
    } else if (m instanceof SarAircraftReport r) {
      opt(j, "altitude_m", r.altitudeMetres());
      position(j, r);
      j.bool("accuracy", r.accuracy());
      opt(j, "second", AisValues.optionalSecond(r.second()));
      j.bool("assigned", r.assigned()).bool("raim", r.raim());
    } else if (m instanceof ClassBPositionReport r) {
      position(j, r);
      j.bool("accuracy", r.accuracy());
      opt(j, "second", AisValues.optionalSecond(r.second()));
      j.bool("cs", r.cs()).bool("display", r.display()).bool("dsc", r.dsc()).bool("band", r.band())
          .bool("msg22", r.msg22()).bool("assigned", r.assigned()).bool("raim", r.raim());
    } else if (m instanceof ExtendedClassBReport r) {
      position(j, r);
      j.bool("accuracy", r.accuracy());
      opt(j, "second", AisValues.optionalSecond(r.second()));
      j.str("name", r.shipName());
      shipType(j, r.shipType());
      dimensions(j, r.dimensions());
      j.num("epfd", r.epfd()).bool("assigned", r.assigned()).bool("raim", r.raim());
    } else if (m instanceof AidToNavigationReport r) {
      j.num("aid_type", r.aidType()).str("name", r.name());
      position(j, r);
      j.bool("accuracy", r.accuracy());
      dimensions(j, r.dimensions());
      j.num("epfd", r.epfd()).bool("off_position", r.offPosition()).bool("virtual_aid", r.virtualAid());
    } else if (m instanceof StaticDataPartA r) {
      j.str("part", "A").str("name", r.shipName());
    } else if (m instanceof StaticDataPartB r) {
      j.str("part", "B");
      shipType(j, r.shipType());
      j.str("vendor_id", r.vendorId()).num("model", r.model()).num("serial", r.serial()).str("callsign", r.callsign());
      if (r.auxiliaryCraft()) {
        j.num("mothership_mmsi", r.mothershipMmsi());
      } else {
        dimensions(j, r.dimensions());
      }
    } else if (m instanceof LongRangePositionReport r) {
      j.num("status", r.status());
      position(j, r);
      j.bool("accuracy", r.accuracy()).bool("raim", r.raim()).bool("latency_over_5s", r.gnss());
    }
    return j.toString();
  }

  private static void position(JsonLine j, PositionReport p) {
    opt(j, "lat", p.latitude(), 7);
    opt(j, "lon", p.longitude(), 7);
    opt(j, "speed_kn", p.speedKnots(), 1);
    opt(j, "course_deg", p.courseDegrees(), 1);
    opt(j, "heading_deg", p.headingDegrees());
  }

  private static void shipType(JsonLine j, int code) {
    if (code != 0) {
      j.num("ship_type", code).str("ship_type_text", AisCodeTexts.shipType(code));
    }
  }

  private static void dimensions(JsonLine j, ShipDimensions d) {
    if (d.lengthMetres() > 0) {
      j.num("length_m", d.lengthMetres());
    }
    if (d.beamMetres() > 0) {
      j.num("beam_m", d.beamMetres());
    }
  }

  private static void opt(JsonLine j, String key, OptionalDouble v, int decimals) {
    if (v.isPresent()) {
      j.raw(key, JsonLine.plain(Double.parseDouble(JsonLine.fixed(v.getAsDouble(), decimals))));
    }
  }

  private static void opt(JsonLine j, String key, OptionalInt v) {
    if (v.isPresent()) {
      j.num(key, v.getAsInt());
    }
  }
}
