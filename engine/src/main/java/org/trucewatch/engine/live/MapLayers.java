package org.trucewatch.engine.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.coverage.CoverageMapper;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.coverage.ZoneCoverage;
import org.trucewatch.core.maritime.TrackPoint;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.engine.publish.CoverageDayGeoJsonWriter;
import org.trucewatch.engine.run.CoverageSettings;

/**
 * The web map's vessel-track and DMZ-coverage layers of one snapshot, computed the way a batch run
 * computes {@code tracks.geojson} and {@code coverage.geojson}, and kept until the snapshot
 * changes. Thread-safe: computed once per checkpoint under this object's lock.
 */
public final class MapLayers {
  /** A ship's positions closer in time than this to the last one kept are left out of the map. */
  public static final Duration TRACK_STEP = Duration.ofMinutes(5);

  private final Agreement agreement;
  private final CoverageSettings coverage;
  private LiveSnapshot computedFor;
  private String tracks;
  private List<ZoneCoverage> zones;

  /** Layers of this agreement, coverage cut with these settings. */
  public MapLayers(Agreement agreement, CoverageSettings coverage) {
    this.agreement = agreement;
    this.coverage = coverage;
  }

  /**
   * Every ship's track as a GeoJSON FeatureCollection: a LineString (a Point for one position)
   * through its plausible positions, at most one per {@link #TRACK_STEP} plus the last, with
   * {@code times} (UTC, one per coordinate) so the map can cut it at the slider's time, and
   * {@code mmsi}, {@code name}, {@code ship_type}, {@code military} ({@code military-vessel}
   * observations), {@code start}, {@code end}. Ships by MMSI.
   */
  public synchronized String vesselTracks(LiveSnapshot snapshot) {
    compute(snapshot);
    return tracks;
  }

  /**
   * The coverage of every zone on one UTC day, as the per-day view of {@code coverage.geojson} ({@link CoverageDayGeoJsonWriter}):
   * each H3 cell with {@code observed} that day, {@code last_observed} up to the end of the day
   * and {@code by}.
   */
  public synchronized String coverage(LiveSnapshot snapshot, LocalDate day) {
    compute(snapshot);
    Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new CoverageDayGeoJsonWriter().render(zones, at, at);
  }

  /** The UTC day of the snapshot's last observation, or empty for no observations. */
  public static java.util.Optional<LocalDate> lastDay(LiveSnapshot snapshot) {
    List<Observation> obs = snapshot.observations();
    if (obs.isEmpty()) {
      return java.util.Optional.empty();
    }
    // observations are sorted by event time
    return java.util.Optional.of(LocalDate.ofInstant(obs.get(obs.size() - 1).eventTime(), ZoneOffset.UTC));
  }

  private void compute(LiveSnapshot snapshot) {
    if (snapshot == computedFor) {
      return;
    }
    zones = new CoverageMapper(agreement, new HexGrid(coverage.resolution()), coverage.swathWidths()).map(snapshot.observations());
    // the monitor's own tracks, held across refreshes
    List<VesselTrack> ships = snapshot.tracks();
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (VesselTrack t : ships) {
      List<TrackPoint> kept = thinned(t.plausiblePoints());
      if (kept.isEmpty()) {
        continue;
      }
      sb.append(first ? "\n" : ",\n");
      first = false;
      feature(sb, t, kept);
    }
    tracks = sb.append("\n]}\n").toString();
    computedFor = snapshot;
  }

  private static List<TrackPoint> thinned(List<TrackPoint> points) {
    List<TrackPoint> out = new java.util.ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      TrackPoint p = points.get(i);
      boolean last = i == points.size() - 1;
      if (out.isEmpty() || last || !p.time().isBefore(out.get(out.size() - 1).time().plus(TRACK_STEP))) {
        out.add(p);
      }
    }
    return out;
  }

  private static void feature(StringBuilder sb, VesselTrack t, List<TrackPoint> points) {
    boolean military = false;
    for (TrackPoint p : t.points()) {
      military |= p.observation().kind() == ObservationKind.MILITARY_VESSEL;
    }
    sb.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"").append(points.size() == 1 ? "Point" : "LineString")
        .append("\",\"coordinates\":");
    if (points.size() == 1) {
      coordinate(sb, points.get(0));
    } else {
      sb.append('[');
      for (int i = 0; i < points.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        coordinate(sb, points.get(i));
      }
      sb.append(']');
    }
    sb.append("},\"properties\":{\"mmsi\":").append(t.mmsi())
        .append(",\"name\":").append(json(t.name()))
        .append(",\"ship_type\":").append(t.shipType())
        .append(",\"military\":").append(military)
        .append(",\"start\":\"").append(points.get(0).time())
        .append("\",\"end\":\"").append(points.get(points.size() - 1).time())
        .append("\",\"times\":[");
    for (int i = 0; i < points.size(); i++) {
      sb.append(i > 0 ? ",\"" : "\"").append(points.get(i).time()).append('"');
    }
    sb.append("]}}");
  }

  private static void coordinate(StringBuilder sb, TrackPoint p) {
    sb.append(String.format(Locale.ROOT, "[%.6f,%.6f]", p.position().x, p.position().y));
  }

  private static String json(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
