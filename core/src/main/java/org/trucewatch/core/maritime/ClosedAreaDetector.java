package org.trucewatch.core.maritime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Activity;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;

/**
 * Finds ships outside the corridor in a closed sea area: a zone whose prohibited activities
 * include {@link Activity#NAVIGATION} is closed to shipping, except inside the agreement's
 * corridors. A fix counts when it lies inside such a zone while the zone is in force, and is
 * farther than its own location uncertainty from every corridor in force at its time (the ship gets
 * the benefit of the doubt at the corridor's edge). A run of consecutive plausible fixes that count
 * is a breach when it has at least {@link MaritimeRules#closedAreaMinFixes} fixes spanning at least
 * {@link MaritimeRules#closedAreaMinDuration}, so one stray or mis-decoded fix is not one.
 *
 * <p>Any ship type: a merchant ship straying from the corridor and a warship alike. Each breach is
 * a {@code closed-area-entry} observation at the first fix of the run, at its time, credibility 2
 * (the ship's own position reports), citing every fix of the run. Attributes: {@code closed_area},
 * {@code breach_start}, {@code breach_end}, {@code breach_minutes}, {@code start_position}, {@code
 * end_position}, {@code fixes}, {@code max_corridor_distance_km} (farthest from a corridor; absent
 * when the agreement has none), plus {@code mmsi}, {@code name}, {@code ship_type}, {@code
 * track_points}. Pure; O(fixes x area vertices) for fixes within a closed area's envelope.
 */
public final class ClosedAreaDetector {
  private final MaritimeRules rules;
  private final List<ZoneProvision> closedAreas = new ArrayList<>();
  private final List<Envelope> areaEnvelopes = new ArrayList<>();
  private final List<CorridorProvision> corridors = new ArrayList<>();

  /** A detector for the closed areas and corridors of this agreement. */
  public ClosedAreaDetector(Agreement agreement, MaritimeRules rules) {
    this.rules = rules;
    for (Provision p : agreement.provisions()) {
      if (p instanceof ZoneProvision z && isClosedArea(z)) {
        closedAreas.add(z);
        areaEnvelopes.add(z.region().envelope());
      } else if (p instanceof CorridorProvision c) {
        corridors.add(c);
      }
    }
  }

  /** Whether this zone is a sea area closed to shipping: it prohibits {@code navigation}. */
  public static boolean isClosedArea(ZoneProvision zone) {
    return zone.activities().contains(Activity.NAVIGATION);
  }

  /** The breaches in these tracks, by track, then closed area (in agreement order), then time. */
  public List<Observation> detect(List<VesselTrack> tracks) {
    List<Observation> out = new ArrayList<>();
    if (closedAreas.isEmpty()) {
      return out;
    }
    for (VesselTrack t : tracks) {
      List<TrackPoint> pts = t.plausiblePoints();
      for (int a = 0; a < closedAreas.size(); a++) {
        int start = -1;
        double farthest = 0;
        for (int i = 0; i <= pts.size(); i++) {
          double corridorDistance = i < pts.size() ? breachDistance(a, pts.get(i)) : Double.NaN;
          boolean counts = !Double.isNaN(corridorDistance);
          if (counts) {
            if (start < 0) {
              start = i;
              farthest = 0;
            }
            farthest = Math.max(farthest, corridorDistance);
          } else if (start >= 0) {
            report(t, closedAreas.get(a), pts.subList(start, i), farthest, out);
            start = -1;
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether this plausible fix counts toward a breach of any closed area (inside it while in force,
   * clear of every corridor). A fix that counts nowhere ends every run, which lets a caller holding a
   * growing track re-run only the tail after such a fix.
   */
  public boolean breaches(TrackPoint p) {
    for (int a = 0; a < closedAreas.size(); a++) {
      if (!Double.isNaN(breachDistance(a, p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a fix inside closed area {@code a} and clear of every corridor: its distance from the
   * nearest corridor in force, metres (infinity with none); NaN when the fix does not count.
   */
  private double breachDistance(int a, TrackPoint p) {
    ZoneProvision area = closedAreas.get(a);
    if (!areaEnvelopes.get(a).contains(p.position()) || !area.period().contains(p.time())) {
      return Double.NaN;
    }
    Point point = Geodesy.WGS84.createPoint(p.position());
    if (!area.region().touches(point)) {
      return Double.NaN;
    }
    double nearest = Double.POSITIVE_INFINITY;
    for (CorridorProvision c : corridors) {
      if (!c.period().contains(p.time())) {
        continue;
      }
      double d = c.band().distanceMetres(point);
      if (d <= p.observation().uncertaintyMetres()) {
        return Double.NaN;
      }
      nearest = Math.min(nearest, d);
    }
    return nearest;
  }

  private void report(VesselTrack t, ZoneProvision area, List<TrackPoint> run, double farthestMetres,
      List<Observation> out) {
    TrackPoint first = run.get(0);
    TrackPoint last = run.get(run.size() - 1);
    Duration d = Duration.between(first.time(), last.time());
    if (run.size() < rules.closedAreaMinFixes() || d.compareTo(rules.closedAreaMinDuration()) < 0) {
      return;
    }
    Map<String, String> attrs = new TreeMap<>();
    attrs.put("closed_area", area.id());
    attrs.put("breach_start", first.time().toString());
    attrs.put("breach_end", last.time().toString());
    attrs.put("breach_minutes", Long.toString(d.toMinutes()));
    attrs.put("start_position", DerivedObservation.lonLat(first.position()));
    attrs.put("end_position", DerivedObservation.lonLat(last.position()));
    attrs.put("fixes", Integer.toString(run.size()));
    if (!Double.isInfinite(farthestMetres)) {
      attrs.put("max_corridor_distance_km", DerivedObservation.decimal1(farthestMetres / 1000));
    }
    out.add(DerivedObservation.of(ObservationKind.CLOSED_AREA_ENTRY, t, first.time(), first.position(),
        Credibility.PROBABLY_TRUE, attrs, run));
  }
}
