package org.trucewatch.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The reports that follow a strike within 90 minutes: the struck side's regional authority on
 * Telegram first, then some of its grid operator or ministry of defence, a news wire, and the
 * other side's ministry denying it or blaming the struck side. Reports name a site or a town, so
 * their positions are that place's, with an uncertainty of 500 m to 3 km.
 */
final class StrikeReports {
  private final ScenarioDraft draft;
  private final SplittableRandom rnd;
  private final ReportingSources sources;
  private final NamedPlaces places;

  StrikeReports(ScenarioDraft draft, ReportingSources sources, NamedPlaces places) {
    this.draft = draft;
    this.rnd = draft.rnd;
    this.sources = sources;
    this.places = places;
  }

  /** One to three reports of a strike on a protected energy site. */
  void siteStrike(String key, Instant t, ProtectedSite site, String victim, String attacker, String means) {
    Coordinate at = site.location();
    Map<String, String> attrs = attributes("place", site.name(), "target", "energy facility", "means", means);
    attrs.put("channel", "telegram");
    // the victim's first report is of the impact; the means (drone, missile) is an attribute
    ObservationKind firstKind = ObservationKind.STRIKE;
    rnd.nextBoolean(); // keeps the draw sequence, so other seeds' scenarios stay as they were
    Optional<Casualties> hurt =
        rnd.nextDouble() < 0.3 ? Optional.of(injured(CasualtyCount.exactly(1 + rnd.nextInt(4)))) : Optional.empty();
    add(sources.regional(victim, at), firstKind, t, delay(5, 40), near(at, 200), uncertainty(500, 1500), 3,
        Optional.of(attacker), hurt, attrs, key);

    List<Runnable> more = new ArrayList<>();
    Optional<String> grid = sources.gridOperator(victim);
    if (grid.isPresent() && rnd.nextDouble() < 0.6) {
      Map<String, String> a = attributes("place", site.name(), "target", "energy facility", "means", means);
      a.put("note", "equipment damaged; outages in the area");
      more.add(() -> add(grid.get(), ObservationKind.STRIKE, t, delay(30, 90), near(at, 300), uncertainty(1000, 3000),
          2, Optional.of(attacker), Optional.empty(), a, key));
    }
    if (rnd.nextDouble() < (grid.isPresent() ? 0.35 : 0.6)) {
      Map<String, String> a = attributes("place", places.describe(at), "means", means);
      a.put("note", "attack on energy infrastructure; part of the " + means + "s intercepted");
      ObservationKind k = means.equals("drone") ? ObservationKind.DRONE : ObservationKind.STRIKE;
      more.add(() -> add(sources.defenceMinistry(victim), k, t, delay(20, 90), near(at, 1000),
          uncertainty(2000, 3000), 3, Optional.of(attacker), Optional.empty(), a, key));
    }
    if (rnd.nextDouble() < 0.45) {
      more.add(denialOrBlame(key, t, at, site.name(), victim, attacker));
    }
    if (rnd.nextDouble() < 0.35) {
      Map<String, String> a = attributes("place", places.describe(at), "note", "explosions and a large fire reported");
      more.add(() -> add(sources.newsWire(), ObservationKind.EXPLOSION, t, delay(20, 90), near(at, 1000),
          uncertainty(2000, 3000), 3, Optional.empty(), Optional.empty(), a, key));
    }
    runSome(more, 2);
  }

  /** One or two reports of a strike on something near, but outside, a protected site. */
  void nearMiss(String key, Instant t, Coordinate impact, String victim, String attacker, String means) {
    Map<String, String> attrs =
        attributes("place", places.describe(impact), "target", rnd.nextBoolean() ? "warehouse" : "industrial facility");
    attrs.put("means", means);
    attrs.put("channel", "telegram");
    add(sources.regional(victim, impact), ObservationKind.STRIKE, t, delay(5, 40), near(impact, 200),
        uncertainty(500, 1000), 3, Optional.of(attacker), Optional.empty(), attrs, key);
    if (rnd.nextDouble() < 0.4) {
      Map<String, String> a = attributes("place", places.describe(impact), "note", "explosions heard");
      add(sources.newsWire(), ObservationKind.EXPLOSION, t, delay(15, 90), near(impact, 300),
          uncertainty(1000, 2000), 3, Optional.empty(), Optional.empty(), a, key);
    }
  }

  /** One to three reports of a strike on a city under an alert area, often with casualties. */
  void cityStrike(String key, Instant t, ProtectedSite city, Coordinate impact, String victim, String attacker,
      String means) {
    String place = places.describe(impact);
    ObservationKind kind = kindOf(means);
    Casualties first = Casualties.NONE;
    int injured = 0;
    if (rnd.nextDouble() < 0.75) {
      injured = 1 + rnd.nextInt(12);
      int killed = rnd.nextDouble() < 0.2 ? 1 + rnd.nextInt(2) : 0;
      CasualtyCount minors =
          injured >= 2 && rnd.nextDouble() < 0.3 ? CasualtyCount.atLeast(1 + rnd.nextInt(2)) : CasualtyCount.NONE;
      first = new Casualties(CasualtyCount.exactly(killed), CasualtyCount.exactly(injured), minors);
    }
    Map<String, String> attrs = attributes("place", place, "target", "residential area", "means", means);
    attrs.put("channel", "telegram");
    String regional = sources.regional(victim, city.location());
    Duration firstDelay = delay(5, 30);
    add(regional, kind, t, firstDelay, near(impact, 700), uncertainty(1000, 3000), 3, Optional.of(attacker),
        first.any() ? Optional.of(first) : Optional.empty(), attrs, key);

    List<Runnable> more = new ArrayList<>();
    Casualties latest = first;
    if (first.any() && rnd.nextDouble() < 0.45) {
      // the figures rise as the wounded are counted: a new report, never an edit of the first
      Casualties revised =
          new Casualties(first.killed(), CasualtyCount.exactly(injured + 1 + rnd.nextInt(6)), first.minors());
      latest = revised;
      Map<String, String> a = attributes("place", place, "target", "residential area", "means", means);
      a.put("channel", "telegram");
      a.put("note", "updated figures; the number may rise");
      Duration later = firstDelay.plus(delay(20, 60));
      more.add(() -> add(regional, kind, t, later, near(impact, 700), uncertainty(1000, 3000), 3,
          Optional.of(attacker), Optional.of(revised), a, key));
    }
    if (rnd.nextDouble() < 0.4) {
      Optional<Casualties> c = latest.any() ? Optional.of(latest) : Optional.empty();
      Map<String, String> a = attributes("place", place, "means", means);
      more.add(() -> add(sources.newsWire(), kind, t, delay(40, 90), near(impact, 1500), uncertainty(2000, 3000), 3,
          Optional.of(attacker), c, a, key));
    }
    if (rnd.nextDouble() < 0.3) {
      Map<String, String> a = attributes("place", city.name(), "statement", "claims a strike on a military target");
      more.add(() -> add(sources.defenceMinistry(attacker), ObservationKind.STRIKE, t, delay(30, 90),
          near(city.location(), 1000), uncertainty(2000, 3000), 4, Optional.of(attacker), Optional.empty(), a, key));
    }
    runSome(more, 2);
  }

  /** One to three reports of an attack on a merchant ship in a corridor. */
  void vesselAttack(String key, Instant t, Coordinate at, String corridorName, String reporter, String attacker,
      String means) {
    String[] vessels = {"bulk carrier", "general cargo ship", "tanker", "grain carrier"};
    Map<String, String> attrs = attributes("place", places.describe(at), "corridor", corridorName, "means", means);
    attrs.put("vessel", vessels[rnd.nextInt(vessels.length)]);
    Optional<Casualties> crew =
        rnd.nextDouble() < 0.4 ? Optional.of(injured(CasualtyCount.exactly(1 + rnd.nextInt(3)))) : Optional.empty();
    add(sources.defenceMinistry(reporter), ObservationKind.ATTACK_ON_VESSEL, t, delay(10, 45), near(at, 1500),
        uncertainty(2000, 3000), 3, Optional.of(attacker), crew, attrs, key);
    List<Runnable> more = new ArrayList<>();
    if (rnd.nextDouble() < 0.6) {
      Map<String, String> a = attributes("place", places.describe(at), "vessel", attrs.get("vessel"));
      more.add(() -> add(sources.newsWire(), ObservationKind.ATTACK_ON_VESSEL, t, delay(30, 90), near(at, 2000),
          uncertainty(2500, 3000), 3, Optional.empty(), crew, a, key));
    }
    if (rnd.nextDouble() < 0.5) {
      more.add(denialOrBlame(key, t, at, places.describe(at), reporter, attacker));
    }
    runSome(more, 2);
  }

  private Runnable denialOrBlame(String key, Instant t, Coordinate at, String place, String victim, String attacker) {
    boolean blame = rnd.nextBoolean();
    Map<String, String> a =
        attributes("place", place, "statement", blame ? "blames the other side" : "denies involvement");
    Optional<String> accused = blame ? Optional.of(victim) : Optional.empty();
    return () -> add(sources.defenceMinistry(attacker), ObservationKind.STRIKE, t, delay(40, 90), near(at, 1000),
        uncertainty(2000, 3000), 4, accused, Optional.empty(), a, key);
  }

  /** Runs a random {@code max} of the candidates (all when fewer), in a seeded shuffle. */
  private void runSome(List<Runnable> candidates, int max) {
    for (int i = candidates.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Runnable tmp = candidates.get(i);
      candidates.set(i, candidates.get(j));
      candidates.set(j, tmp);
    }
    for (int i = 0; i < Math.min(max, candidates.size()); i++) {
      candidates.get(i).run();
    }
  }

  private void add(String source, ObservationKind kind, Instant t, Duration after, Coordinate at, int uncertaintyMetres,
      int credibility, Optional<String> attributedTo, Optional<Casualties> casualties, Map<String, String> attributes,
      String key) {
    draft.addReport(
        new SimulatedObservation(source, kind, draft.window.atMinute(t.plus(after)), at.y, at.x, uncertaintyMetres,
            credibility, attributedTo, casualties, new TreeMap<>(attributes), Optional.of(key)));
  }

  /** The kind of a report of an attack: a drone attack is a strike, its means an attribute. */
  private static ObservationKind kindOf(String means) {
    if (means.equals("artillery") || means.equals("MLRS")) {
      return ObservationKind.SHELLING;
    }
    return ObservationKind.STRIKE;
  }

  private Duration delay(int minMinutes, int maxMinutes) {
    return Duration.ofMinutes(minMinutes + rnd.nextInt(maxMinutes - minMinutes + 1));
  }

  private Coordinate near(Coordinate c, double maxMetres) {
    return Geodesy.destination(c, rnd.nextDouble() * 360, rnd.nextDouble() * maxMetres);
  }

  private int uncertainty(int min, int max) {
    return (min + rnd.nextInt(max - min + 1)) / 100 * 100;
  }

  private static Casualties injured(CasualtyCount n) {
    return new Casualties(CasualtyCount.exactly(0), n, CasualtyCount.NONE);
  }

  private static Map<String, String> attributes(String... kv) {
    TreeMap<String, String> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
