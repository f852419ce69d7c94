package org.trucewatch.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.AlertAreaProvision;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The strikes of the day, by both sides: on protected energy sites (with the fire FIRMS sees if a
 * pass follows within two hours), on something just outside a site's radius (a realistic
 * negative), on cities under alert areas, and on a merchant ship in a corridor.
 */
final class StrikeEvents {
  /** A FIRMS pass sees a strike's fire only if it comes this soon after the strike. */
  static final Duration FIRE_VISIBLE = Duration.ofHours(2);

  private record Place(Provision provision, ProtectedSite site) {
    String elementId() {
      return provision.id() + "/" + site.id();
    }
  }

  private final ScenarioDraft draft;
  private final SplittableRandom rnd;
  private final Sides sides;
  private final List<SatellitePass> passes;
  private final StrikeReports reports;
  private final List<Place> energySites = new ArrayList<>();
  private final List<Place> alertAreas = new ArrayList<>();
  private final List<CorridorProvision> corridors = new ArrayList<>();
  private final List<Circle> siteCircles = new ArrayList<>();
  private final List<String> struck = new ArrayList<>();

  StrikeEvents(ScenarioDraft draft, Agreement agreement, Sides sides, List<SatellitePass> passes,
      StrikeReports reports) {
    this.draft = draft;
    this.rnd = draft.rnd;
    this.sides = sides;
    this.passes = passes;
    this.reports = reports;
    for (Provision p : agreement.provisions()) {
      if (p instanceof ProtectedSitesProvision s) {
        for (ProtectedSite site : s.sites()) {
          energySites.add(new Place(s, site));
          siteCircles.add(site.circle());
        }
      } else if (p instanceof AlertAreaProvision a) {
        for (ProtectedSite area : a.areas()) {
          alertAreas.add(new Place(a, area));
        }
      } else if (p instanceof CorridorProvision c) {
        corridors.add(c);
      }
    }
  }

  /** The protective circles of every energy site, which field fires keep clear of. */
  List<Circle> siteCircles() {
    return List.copyOf(siteCircles);
  }

  /**
   * Two strikes a day by each side on the other's energy sites. The first of each side comes
   * shortly before a satellite pass, so that the fire is in the FIRMS file.
   */
  void siteStrikes() {
    int perSide = draft.window.scaledCount(2);
    for (int i = 0; i < perSide; i++) {
      for (String attacker : sides.both()) {
        siteStrike(attacker, i == 0);
      }
    }
  }

  private void siteStrike(String attacker, boolean beforePass) {
    List<Place> targets = targetsOf(attacker, energySites);
    if (targets.isEmpty()) {
      return;
    }
    // a different site each time while there are sites left
    List<Place> fresh = targets.stream().filter(p -> !struck.contains(p.elementId())).toList();
    List<Place> pool = fresh.isEmpty() ? targets : fresh;
    Place target = pool.get(rnd.nextInt(pool.size()));
    struck.add(target.elementId());
    Instant t = beforePass ? timeBeforePass() : rnd.nextDouble() < 0.7 ? draft.window.nightEventTime(rnd)
        : draft.window.eventTime(rnd);
    String means = rnd.nextDouble() < 0.75 ? "drone" : "missile";
    ProtectedSite site = target.site();
    double r = site.radiusMetres();
    // the fire burns at the plant: 0.3 to 2.5 km from its registered point, never past its radius
    double lo = Math.min(300, 0.3 * r);
    double hi = Math.min(2_500, 0.95 * r);
    int n = 2 + rnd.nextInt(5);
    Coordinate impact = null;
    List<Coordinate> pixels = List.of();
    for (int attempt = 0; attempt < 200 && impact == null; attempt++) {
      int size = Math.max(1, n - attempt / 40);
      Coordinate c = Geodesy.destination(site.location(), rnd.nextDouble() * 360, lo + rnd.nextDouble() * (hi - lo));
      List<Coordinate> px = ViirsPixels.cluster(c, size, rnd);
      if (px.stream().allMatch(p -> within(site.location(), p, lo, hi))) {
        impact = c;
        pixels = px;
      }
    }
    if (impact == null) {
      impact = Geodesy.destination(site.location(), rnd.nextDouble() * 360, (lo + hi) / 2);
      pixels = List.of(impact);
    }
    String victim = victimOf(site, attacker);
    String key =
        draft.addEvent(ObservationKind.STRIKE, t, impact, target.provision(), target.elementId(), site.circle(),
            attacker);
    Optional<SatellitePass> pass = SatellitePass.firstAfter(passes, t, FIRE_VISIBLE);
    if (pass.isPresent()) {
      double view = rnd.nextDouble();
      for (Coordinate p : pixels) {
        draft.addDetection(ViirsPixels.strikeFire(p, pass.get(), view, 20, 300, key, rnd));
      }
    }
    reports.siteStrike(key, t, site, victim, attacker, means);
  }

  /**
   * Strikes just outside a site's radius (1.2 to 3 km beyond it): a depot next to a power plant.
   * No breach of the moratorium, but close enough to tempt a careless match.
   */
  void siteNearMisses() {
    int count = draft.window.scaledCount(2);
    int first = rnd.nextInt(2);
    for (int i = 0; i < count; i++) {
      String attacker = sides.both().get((first + i) % 2);
      List<Place> targets = targetsOf(attacker, energySites);
      if (targets.isEmpty()) {
        continue;
      }
      Place near = targets.get(rnd.nextInt(targets.size()));
      Instant t = draft.window.nightEventTime(rnd);
      Coordinate impact = null;
      List<Coordinate> pixels = List.of();
      int n = 1 + rnd.nextInt(3);
      for (int attempt = 0; attempt < 100 && impact == null; attempt++) {
        double beyond = 1_200 + rnd.nextDouble() * 1_800 + attempt * 100;
        Coordinate c =
            Geodesy.destination(near.site().location(), rnd.nextDouble() * 360, near.site().radiusMetres() + beyond);
        List<Coordinate> px = ViirsPixels.cluster(c, n, rnd);
        if (FarmlandFires.clearOfSites(c, siteCircles)
            && px.stream().allMatch(p -> FarmlandFires.clearOfSites(p, siteCircles))) {
          impact = c;
          pixels = px;
        }
      }
      if (impact == null) {
        continue;
      }
      String key = draft.addEvent(ObservationKind.STRIKE, t, impact, near.provision(), near.elementId(),
          near.site().circle(), attacker);
      Optional<SatellitePass> pass = SatellitePass.firstAfter(passes, t, FIRE_VISIBLE);
      if (pass.isPresent()) {
        double view = rnd.nextDouble();
        for (Coordinate p : pixels) {
          draft.addDetection(ViirsPixels.strikeFire(p, pass.get(), view, 8, 80, key, rnd));
        }
      }
      reports.nearMiss(key, t, impact, victimOf(near.site(), attacker), attacker,
          rnd.nextDouble() < 0.75 ? "drone" : "missile");
    }
  }

  /** Two strikes a day on cities under alert areas, each side striking the other's. */
  void cityStrikes() {
    int count = draft.window.scaledCount(2);
    int first = rnd.nextInt(2);
    for (int i = 0; i < count; i++) {
      String attacker = sides.both().get((first + i) % 2);
      List<Place> targets = targetsOf(attacker, alertAreas);
      if (targets.isEmpty()) {
        continue;
      }
      Place city = targets.get(rnd.nextInt(targets.size()));
      Instant t = rnd.nextDouble() < 0.6 ? draft.window.nightEventTime(rnd) : draft.window.eventTime(rnd);
      String[] means = attacker.equals("RU") ? new String[] {"drone", "missile", "guided bomb"}
          : new String[] {"drone", "MLRS", "artillery"};
      String how = means[rnd.nextInt(means.length)];
      double reach = Math.min(0.6 * city.site().radiusMetres(), 12_000);
      Coordinate impact = null;
      for (int attempt = 0; attempt < 50 && impact == null; attempt++) {
        Coordinate c = Geodesy.destination(city.site().location(), rnd.nextDouble() * 360, rnd.nextDouble() * reach);
        if (FarmlandFires.clearOfSites(c, siteCircles)) {
          impact = c;
        }
      }
      if (impact == null) {
        continue;
      }
      String key = draft.addEvent(ObservationKind.STRIKE, t, impact, city.provision(), city.elementId(), city.site().circle(),
          attacker);
      Optional<SatellitePass> pass = SatellitePass.firstAfter(passes, t, FIRE_VISIBLE);
      if (pass.isPresent() && rnd.nextDouble() < 0.6) {
        double view = rnd.nextDouble();
        for (Coordinate p : ViirsPixels.cluster(impact, 1 + rnd.nextInt(2), rnd)) {
          if (FarmlandFires.clearOfSites(p, siteCircles)) {
            draft.addDetection(ViirsPixels.strikeFire(p, pass.get(), view, 5, 60, key, rnd));
          }
        }
      }
      reports.cityStrike(key, t, city.site(), impact, victimOf(city.site(), attacker), attacker, how);
    }
  }

  /** About one attack a day on a merchant ship inside a maritime corridor. */
  void vesselAttacks() {
    if (corridors.isEmpty()) {
      return;
    }
    int count = draft.window.scaledCount(1);
    for (int i = 0; i < count; i++) {
      CorridorProvision corridor = corridors.get(rnd.nextInt(corridors.size()));
      String attacker = sides.both().get(rnd.nextInt(2));
      LineBand band = corridor.band();
      MeasuredLine line = new MeasuredLine(band.centreline().getCoordinates());
      Coordinate at = null;
      for (int attempt = 0; attempt < 50 && at == null; attempt++) {
        MeasuredLine.Station s = line.at(rnd.nextDouble() * line.lengthMetres());
        double side = rnd.nextBoolean() ? 90 : -90;
        Coordinate c = Geodesy.destination(s.point(), s.azimuthDegrees() + side,
            rnd.nextDouble() * 0.6 * band.halfWidthMetres());
        if (band.touches(Geodesy.WGS84.createPoint(c))) {
          at = c;
        }
      }
      if (at == null) {
        continue;
      }
      Instant t = draft.window.eventTime(rnd);
      String means = rnd.nextBoolean() ? "naval drone" : rnd.nextBoolean() ? "drone" : "missile";
      String key = draft.addEvent(ObservationKind.ATTACK_ON_VESSEL, t, at, corridor, corridor.id(), band, attacker);
      reports.vesselAttack(key, t, at, corridor.name(), sides.other(attacker), attacker, means);
    }
  }

  /** A time 10 to 110 minutes before a pass in the window, or a night-time if there is none. */
  private Instant timeBeforePass() {
    if (!passes.isEmpty()) {
      for (int attempt = 0; attempt < 20; attempt++) {
        SatellitePass p = passes.get(rnd.nextInt(passes.size()));
        Instant t = draft.window.atMinute(p.time().minus(Duration.ofMinutes(10 + rnd.nextInt(101))));
        if (draft.window.contains(t) && t.isBefore(p.time())) {
          return t;
        }
      }
    }
    return draft.window.nightEventTime(rnd);
  }

  /** Places {@code attacker} would strike: anything not in its own country. */
  private List<Place> targetsOf(String attacker, List<Place> places) {
    return places.stream().filter(p -> !p.site().country().map(attacker::equals).orElse(false)).toList();
  }

  /** Who was struck: the country the place lies in, when it is a side, else the attacker's opponent. */
  private String victimOf(ProtectedSite site, String attacker) {
    return site.country().filter(c -> sides.includes(c) && !c.equals(attacker)).orElse(sides.other(attacker));
  }

  private static boolean within(Coordinate centre, Coordinate p, double lo, double hi) {
    // compare at the precision the FIRMS file carries
    Coordinate rounded = new Coordinate(Decimals.round(p.x, 5), Decimals.round(p.y, 5));
    double d = Geodesy.distanceMetres(centre, rounded);
    return d >= lo && d <= hi;
  }
}
