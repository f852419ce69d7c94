package org.trucewatch.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.EffectivePeriod;
import org.trucewatch.core.agreement.Party;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.PolygonRegion;
import org.trucewatch.core.observation.Activity;

/** Small agreements built in code, shaped like the Black Sea energy moratorium. */
final class TestAgreements {
  static final Instant IN_FORCE = Instant.parse("2025-03-18T00:00:00Z");
  static final Instant ZONE_IN_FORCE = Instant.parse("2025-03-18T12:00:00Z");

  private TestAgreements() {}

  static final List<Party> PARTIES = List.of(new Party("UA", "Ukraine"), new Party("RU", "Russian Federation"));

  /** Energy sites on both sides, a 15 km band along the Kharkiv-Belgorod border, the Odesa corridor, four cities. */
  static Agreement blackSeaEnergy() {
    return new Agreement("black-sea-energy", "Black Sea and energy infrastructure ceasefire", PARTIES,
        List.of(energySites(), borderZone(), corridor(), cities()));
  }

  static ProtectedSitesProvision energySites() {
    return new ProtectedSitesProvision("energy-moratorium", "Moratorium on strikes on energy infrastructure",
        List.of("UA", "RU"), new EffectivePeriod(IN_FORCE, Optional.empty()), Set.of(Activity.STRIKE),
        List.of(
            site("zaporizhzhia-npp", "Zaporizhzhia Nuclear Power Plant", "nuclear", "UA", 34.5856, 47.5119, 5000),
            site("kharkiv-chp-5", "Kharkiv CHP-5", "thermal", "UA", 36.4330, 49.9260, 1500),
            site("burshtyn-tpp", "Burshtyn Thermal Power Plant", "thermal", "UA", 24.6280, 49.2090, 2000),
            site("kremenchuk-refinery", "Kremenchuk Oil Refinery", "refinery", "UA", 33.4870, 49.1030, 2000),
            site("ukrenergo-ss-750", "Dniprovska 750 kV substation", "substation", "UA", 35.0500, 48.3500, 800),
            site("kursk-npp", "Kursk Nuclear Power Plant", "nuclear", "RU", 35.6070, 51.6750, 5000),
            site("novoshakhtinsk-refinery", "Novoshakhtinsk Refinery", "refinery", "RU", 39.9720, 47.8010, 2500),
            site("belgorod-chp", "Belgorod CHP", "thermal", "RU", 36.6350, 50.5850, 1200)));
  }

  static ZoneProvision borderZone() {
    return new ZoneProvision("dmz-kharkiv", "Demilitarised zone along the Kharkiv-Belgorod border",
        List.of("UA", "RU"), new EffectivePeriod(ZONE_IN_FORCE, Optional.empty()),
        Set.of(Activity.HEAVY_WEAPONS, Activity.MILITARY_PRESENCE), borderBand());
  }

  static LineBand borderBand() {
    return new LineBand(Geodesy.WGS84.createLineString(new Coordinate[] {
        new Coordinate(35.50, 50.45), new Coordinate(36.20, 50.40), new Coordinate(36.90, 50.35),
        new Coordinate(37.50, 50.10), new Coordinate(38.00, 49.95)}), 15_000);
  }

  static CorridorProvision corridor() {
    return new CorridorProvision("odesa-corridor", "Odesa humanitarian shipping corridor", List.of("UA", "RU"),
        new EffectivePeriod(IN_FORCE, Optional.empty()), Set.of(Activity.STRIKE, Activity.MILITARY_PRESENCE),
        new LineBand(Geodesy.WGS84.createLineString(new Coordinate[] {
            new Coordinate(30.80, 46.35), new Coordinate(30.60, 45.90), new Coordinate(30.00, 45.30),
            new Coordinate(29.90, 44.60)}), 5_000));
  }

  static AlertAreaProvision cities() {
    return new AlertAreaProvision("city-alerts", "Alert areas around major cities", List.of("UA", "RU"),
        new EffectivePeriod(IN_FORCE, Optional.empty()), Set.of(Activity.STRIKE),
        List.of(
            site("kharkiv", "Kharkiv", "city", "UA", 36.2527, 49.9808, 20_000),
            site("odesa", "Odesa", "city", "UA", 30.7326, 46.4775, 15_000),
            site("belgorod", "Belgorod", "city", "RU", 36.5871, 50.5957, 12_000),
            site("kursk", "Kursk", "city", "RU", 36.1930, 51.7300, 12_000)));
  }

  /** Only energy sites and a polygon zone: no corridor, no alert areas. */
  static Agreement sitesAndPolygonZone() {
    PolygonRegion square = new PolygonRegion(Geodesy.WGS84.createPolygon(new Coordinate[] {
        new Coordinate(37.0, 48.8), new Coordinate(37.6, 48.8), new Coordinate(37.6, 49.1),
        new Coordinate(37.0, 49.1), new Coordinate(37.0, 48.8)}));
    Provision zone = new ZoneProvision("withdrawal-area", "Heavy weapons withdrawal area", List.of("UA", "RU"),
        new EffectivePeriod(IN_FORCE, Optional.empty()), Set.of(Activity.HEAVY_WEAPONS), square);
    return new Agreement("small", "Sites and a withdrawal area", PARTIES, List.of(energySites(), zone));
  }

  static ProtectedSite site(String id, String name, String category, String country, double lon, double lat,
      double radiusMetres) {
    return new ProtectedSite(id, name, category, Optional.of(country), new Coordinate(lon, lat), radiusMetres);
  }
}
