package org.trucewatch.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

/** A small, real-world agreement and observation builders shared by core tests. */
public final class Fixtures {
  private Fixtures() {}

  /** Zaporizhzhia NPP, lon/lat. */
  public static final Coordinate ZNPP = new Coordinate(34.5858, 47.5119);
  /** Kharkiv city centre. */
  public static final Coordinate KHARKIV = new Coordinate(36.2304, 49.9935);
  /** Moratorium start. */
  public static final Instant FROM = Instant.parse("2025-03-18T00:00:00Z");
  /** Moratorium end. */
  public static final Instant UNTIL = Instant.parse("2025-04-17T00:00:00Z");

  /** Energy sites, a corridor off Odesa, a DMZ along a stretch of the Kharkiv border, Kharkiv city. */
  public static Agreement agreement() {
    EffectivePeriod period = new EffectivePeriod(FROM, Optional.of(UNTIL));
    ProtectedSitesProvision energy =
        new ProtectedSitesProvision(
            "energy-moratorium",
            "Energy moratorium",
            List.of("UA", "RU"),
            period,
            Set.of(Activity.STRIKE),
            List.of(
                new ProtectedSite("zaporizhzhia-npp", "Zaporizhzhia NPP", "nuclear", Optional.of("UA"), ZNPP, 5000),
                new ProtectedSite(
                    "tuapse-refinery", "Tuapse refinery", "refinery", Optional.of("RU"),
                    new Coordinate(39.0900, 44.1050), 3000)));
    CorridorProvision corridor =
        new CorridorProvision(
            "black-sea-corridor",
            "Black Sea corridor",
            List.of("UA", "RU"),
            new EffectivePeriod(FROM, Optional.empty()),
            Set.of(Activity.STRIKE, Activity.MILITARY_PRESENCE),
            new LineBand(line(30.75, 46.40, 30.60, 45.80, 30.20, 45.20), 10_000));
    ZoneProvision dmz =
        new ZoneProvision(
            "kharkiv-dmz",
            "Kharkiv DMZ",
            List.of("UA", "RU"),
            period,
            Set.of(Activity.MILITARY_PRESENCE, Activity.HEAVY_WEAPONS, Activity.STRIKE),
            new LineBand(line(36.00, 50.40, 36.60, 50.30, 37.20, 50.20), 15_000));
    AlertAreaProvision cities =
        new AlertAreaProvision(
            "city-alerts",
            "Cities",
            List.of("UA", "RU"),
            period,
            Set.of(Activity.STRIKE),
            List.of(new ProtectedSite("kharkiv", "Kharkiv", "city", Optional.of("UA"), KHARKIV, 30_000)));
    return new Agreement(
        "test",
        "Test agreement",
        List.of(new Party("UA", "Ukraine"), new Party("RU", "Russian Federation")),
        List.of(energy, corridor, dmz, cities));
  }

  /** A line through lon/lat pairs. */
  public static org.locationtech.jts.geom.LineString line(double... lonLat) {
    Coordinate[] cs = new Coordinate[lonLat.length / 2];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
    }
    return Geodesy.WGS84.createLineString(cs);
  }

  /** A point observation. */
  public static Observation point(
      String source, ObservationKind kind, String time, Coordinate c, double uncertaintyMetres, int credibility) {
    return observation(source, kind, time, Geodesy.WGS84.createPoint(c), uncertaintyMetres, credibility, Map.of());
  }

  /** An observation with any geometry and attributes. */
  public static Observation observation(
      String source,
      ObservationKind kind,
      String time,
      Geometry g,
      double uncertaintyMetres,
      int credibility,
      Map<String, String> attributes) {
    return Observation.of(
        source,
        kind,
        Instant.parse(time),
        g,
        uncertaintyMetres,
        Credibility.of(credibility),
        attributes,
        Casualties.NONE,
        new Provenance("0".repeat(64), "test.jsonl", 1));
  }
}
