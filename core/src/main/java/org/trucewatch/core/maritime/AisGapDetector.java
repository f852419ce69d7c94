package org.trucewatch.core.maritime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;

/**
 * Finds AIS gaps ("going dark"): a ship silent for at least {@link MaritimeRules#minGap} between
 * two plausible fixes. Each gap is an {@code ais-gap} observation at the last position before the
 * silence, at its start time, citing both fixes, with its reception context: how many other ships
 * were heard within {@link MaritimeRules#receptionRadiusMetres} of either end meanwhile. A gap
 * while others nearby were heard is credibility 3 (possibly true: the ship, not the receiver, went
 * quiet); a gap with no one heard nearby is 4 (doubtful: a receiver outage reads the same).
 *
 * <p>Whether a gap matters (inside the corridor, a closed area) is the agreement's business: the
 * assess step decides. Attributes: {@code gap_start}, {@code gap_end}, {@code gap_minutes},
 * {@code start_position}, {@code end_position}, {@code distance_km}, {@code vessels_heard_nearby},
 * {@code reception}, plus the ship's {@code mmsi}, {@code name}, {@code ship_type} and {@code
 * track_points}. Pure; O(n log n + gaps x points in the gap).
 */
public final class AisGapDetector {
  private final MaritimeRules rules;

  /** A detector with these rules. */
  public AisGapDetector(MaritimeRules rules) {
    this.rules = rules;
  }

  /**
   * A silence of one ship: two consecutive plausible fixes at least {@link MaritimeRules#minGap}
   * apart, before the reception around it is judged.
   *
   * @param track the ship (only its MMSI, name and ship type are used)
   * @param before the last fix before the silence
   * @param after the first fix after it
   */
  public record Silence(VesselTrack track, TrackPoint before, TrackPoint after) {}

  /** The gaps in these tracks, in track order then time. */
  public List<Observation> detect(List<VesselTrack> tracks) {
    List<Heard> heard = new ArrayList<>();
    for (VesselTrack t : tracks) {
      for (TrackPoint p : t.plausiblePoints()) {
        heard.add(new Heard(p.time().toEpochMilli(), t.mmsi(), p));
      }
    }
    heard.sort((a, b) -> Long.compare(a.millis, b.millis));
    long[] times = new long[heard.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = heard.get(i).millis;
    }
    List<Observation> out = new ArrayList<>();
    for (VesselTrack t : tracks) {
      for (Silence s : silences(t)) {
        out.add(gap(s, heardNearby(heard, times, s)));
      }
    }
    return out;
  }

  /**
   * The silences of one track, in time order. With {@link #heardDuring} and {@link #gap} this is
   * {@link #detect} one track at a time: a keyed stream finds each ship's silences apart and counts
   * the other ships heard where it has them.
   */
  public List<Silence> silences(VesselTrack t) {
    List<Silence> out = new ArrayList<>();
    List<TrackPoint> pts = t.plausiblePoints();
    for (int i = 0; i + 1 < pts.size(); i++) {
      TrackPoint a = pts.get(i);
      TrackPoint b = pts.get(i + 1);
      if (Duration.between(a.time(), b.time()).compareTo(rules.minGap()) >= 0) {
        out.add(new Silence(t, a, b));
      }
    }
    return out;
  }

  /**
   * Whether a plausible fix of ship {@code mmsi} at {@code time} and {@code position} shows
   * reception working during the silence: another ship, heard strictly between its ends, within
   * {@link MaritimeRules#receptionRadiusMetres} of either end. Each such ship counts once.
   */
  public boolean heardDuring(Silence s, int mmsi, Instant time, Coordinate position) {
    return mmsi != s.track().mmsi()
        // to the millisecond, as the ships heard are indexed
        && time.toEpochMilli() > s.before().time().toEpochMilli() && time.toEpochMilli() < s.after().time().toEpochMilli()
        && (Geodesy.distanceMetres(s.before().position(), position) <= rules.receptionRadiusMetres()
            || Geodesy.distanceMetres(s.after().position(), position) <= rules.receptionRadiusMetres());
  }

  /** The {@code ais-gap} observation of a silence during which this many other ships were heard nearby. */
  public Observation gap(Silence s, int vesselsHeardNearby) {
    TrackPoint a = s.before();
    TrackPoint b = s.after();
    Duration gap = Duration.between(a.time(), b.time());
    Map<String, String> attrs = new TreeMap<>();
    attrs.put("gap_start", a.time().toString());
    attrs.put("gap_end", b.time().toString());
    attrs.put("gap_minutes", Long.toString(gap.toMinutes()));
    attrs.put("start_position", DerivedObservation.lonLat(a.position()));
    attrs.put("end_position", DerivedObservation.lonLat(b.position()));
    attrs.put("distance_km", DerivedObservation.decimal1(Geodesy.distanceMetres(a.position(), b.position()) / 1000));
    attrs.put("vessels_heard_nearby", Integer.toString(vesselsHeardNearby));
    attrs.put("reception", vesselsHeardNearby > 0 ? "working: other ships heard nearby during the gap"
        : "no other ship heard nearby: a receiver outage is possible");
    return DerivedObservation.of(ObservationKind.AIS_GAP, s.track(), a.time(), a.position(),
        vesselsHeardNearby > 0 ? Credibility.POSSIBLY_TRUE : Credibility.DOUBTFUL, attrs, List.of(a, b));
  }

  private int heardNearby(List<Heard> heard, long[] times, Silence s) {
    TrackPoint a = s.before();
    int from = Arrays.binarySearch(times, a.time().toEpochMilli() + 1);
    from = from < 0 ? -from - 1 : from;
    while (from > 0 && times[from - 1] > a.time().toEpochMilli()) {
      from--;
    }
    long end = s.after().time().toEpochMilli();
    Set<Integer> ships = new HashSet<>();
    for (int i = from; i < times.length && times[i] < end; i++) {
      Heard h = heard.get(i);
      if (!ships.contains(h.mmsi) && heardDuring(s, h.mmsi, h.point.time(), h.point.position())) {
        ships.add(h.mmsi);
      }
    }
    return ships.size();
  }

  private record Heard(long millis, int mmsi, TrackPoint point) {}
}
