package org.trucewatch.core.maritime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;

/**
 * Finds loitering: a ship slower than {@link MaritimeRules#loiterMaxSpeedKnots} over consecutive
 * plausible fixes spanning at least {@link MaritimeRules#loiterMinDuration} (Global Fishing
 * Watch's definition: under 2 knots for over 2 hours). A fix without reported speed uses the
 * speed implied by the distance to the next fix. A fix reporting navigational status "at anchor"
 * or "moored" ends a run. Each run is a {@code loitering} observation at
 * the mean position of its fixes, at its start, credibility 3; whether it is near protected
 * infrastructure is decided by the agreement's sites and their radii in the assess step.
 * Attributes: {@code loiter_start}, {@code loiter_end}, {@code loiter_minutes}, {@code fixes},
 * {@code max_speed_kn}, plus {@code mmsi}, {@code name}, {@code ship_type}, {@code track_points}
 * (the first and last fix). Pure; O(n).
 */
public final class LoiteringDetector {
  private final MaritimeRules rules;

  /** A detector with these rules. */
  public LoiteringDetector(MaritimeRules rules) {
    this.rules = rules;
  }

  /** The loitering runs in these tracks, in track order then time. */
  public List<Observation> detect(List<VesselTrack> tracks) {
    List<Observation> out = new ArrayList<>();
    for (VesselTrack t : tracks) {
      List<TrackPoint> pts = t.plausiblePoints();
      int start = -1;
      for (int i = 0; i <= pts.size(); i++) {
        boolean slow = i < pts.size() && speed(pts, i) < rules.loiterMaxSpeedKnots() && !declaredStopped(pts.get(i));
        if (slow && start < 0) {
          start = i;
        } else if (!slow && start >= 0) {
          report(t, pts.subList(start, i), out);
          start = -1;
        }
      }
    }
    return out;
  }

  /**
   * Whether plausible fix {@code i} of {@code pts} (a track's plausible points in time order) takes
   * part in a loitering run: slow (its reported speed, or the one implied by its neighbours) and not
   * declared at anchor or moored. A run is ended by the first fix that does not, which lets a caller
   * holding a growing track re-run only the tail after such a fix.
   */
  public boolean loiters(List<TrackPoint> pts, int i) {
    return speed(pts, i) < rules.loiterMaxSpeedKnots() && !declaredStopped(pts.get(i));
  }

  private void report(VesselTrack t, List<TrackPoint> run, List<Observation> out) {
    TrackPoint first = run.get(0);
    TrackPoint last = run.get(run.size() - 1);
    Duration d = Duration.between(first.time(), last.time());
    if (d.compareTo(rules.loiterMinDuration()) < 0) {
      return;
    }
    double x = 0;
    double y = 0;
    double maxSpeed = 0;
    for (int i = 0; i < run.size(); i++) {
      x += run.get(i).position().x;
      y += run.get(i).position().y;
      maxSpeed = Math.max(maxSpeed, Double.isNaN(run.get(i).speedKnots()) ? 0 : run.get(i).speedKnots());
    }
    Coordinate centre = new Coordinate(x / run.size(), y / run.size());
    Map<String, String> attrs = new TreeMap<>();
    attrs.put("loiter_start", first.time().toString());
    attrs.put("loiter_end", last.time().toString());
    attrs.put("loiter_minutes", Long.toString(d.toMinutes()));
    attrs.put("fixes", Integer.toString(run.size()));
    attrs.put("max_speed_kn", DerivedObservation.decimal1(maxSpeed));
    out.add(DerivedObservation.of(ObservationKind.LOITERING, t, first.time(), centre, Credibility.POSSIBLY_TRUE,
        attrs, List.of(first, last)));
  }

  /**
   * Whether the ship reports itself at anchor (1) or moored (5): it says what it is doing, and
   * anchorages are where ships wait (GFW's loitering also leaves anchorages out).
   */
  private static boolean declaredStopped(TrackPoint p) {
    String status = p.observation().attributes().get("nav_status");
    return "1".equals(status) || "5".equals(status);
  }

  /** Reported speed, or the speed implied by the move to the next fix (the previous for the last). */
  static double speed(List<TrackPoint> pts, int i) {
    double reported = pts.get(i).speedKnots();
    if (!Double.isNaN(reported)) {
      return reported;
    }
    int j = i + 1 < pts.size() ? i + 1 : i - 1;
    if (j < 0) {
      return Double.NaN;
    }
    TrackPoint a = pts.get(Math.min(i, j));
    TrackPoint b = pts.get(Math.max(i, j));
    double hours = Duration.between(a.time(), b.time()).toMillis() / 3_600_000.0;
    return hours <= 0 ? Double.NaN : Geodesy.distanceMetres(a.position(), b.position()) / 1852.0 / hours;
  }
}
