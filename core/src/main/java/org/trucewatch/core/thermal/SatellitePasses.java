package org.trucewatch.core.thermal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.fuse.IncidentFuser;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

/**
 * Derives satellite passes from thermal-anomaly detections: one source's detections less than
 * {@link #MAX_GAP} apart belong to one pass. A polar orbiter crosses a region of a few thousand
 * kilometres in under ten minutes and returns about 100 minutes later, so the split is clean.
 * Detections with a time uncertainty (dated only to the day) evidence no pass. Pure; O(n log n).
 */
public final class SatellitePasses {
  /** Detections of one source further apart than this are different passes. */
  public static final Duration MAX_GAP = Duration.ofMinutes(15);

  private SatellitePasses() {}

  /** The passes the thermal anomalies among {@code observations} evidence, sorted by start then source. */
  public static List<SatellitePass> of(List<Observation> observations) {
    Map<String, List<Observation>> bySource = new TreeMap<>();
    for (Observation o : observations) {
      // a detection dated only to its day (a reduced extract) cannot be placed in a pass
      if (o.kind() == ObservationKind.THERMAL_ANOMALY && !o.attributes().containsKey(IncidentFuser.TIME_UNCERTAINTY)) {
        bySource.computeIfAbsent(o.sourceId(), k -> new ArrayList<>()).add(o);
      }
    }
    List<SatellitePass> out = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> e : bySource.entrySet()) {
      List<Observation> list = e.getValue();
      list.sort(Comparator.comparing(Observation::eventTime));
      int from = 0;
      for (int i = 1; i <= list.size(); i++) {
        boolean split = i == list.size()
            || Duration.between(list.get(i - 1).eventTime(), list.get(i).eventTime()).compareTo(MAX_GAP) > 0;
        if (split) {
          out.add(pass(e.getKey(), list.subList(from, i)));
          from = i;
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * As {@link #of}, over observations given in event-time order: one pass over them, holding only
   * each source's pass still open, so a mission's detections need not be held.
   *
   * @throws IllegalArgumentException when a thermal anomaly happened before the one of its source
   *     given before it
   */
  public static List<SatellitePass> ofTimeOrdered(Iterable<Observation> observations) {
    TreeMap<String, OpenPass> open = new TreeMap<>();
    List<SatellitePass> out = new ArrayList<>();
    for (Observation o : observations) {
      if (o.kind() != ObservationKind.THERMAL_ANOMALY || o.attributes().containsKey(IncidentFuser.TIME_UNCERTAINTY)) {
        continue;
      }
      OpenPass p = open.get(o.sourceId());
      if (p != null && o.eventTime().isBefore(p.end)) {
        throw new IllegalArgumentException("observations must come in event-time order: " + o.id() + " at "
            + o.eventTime() + " after " + p.end);
      }
      if (p != null && Duration.between(p.end, o.eventTime()).compareTo(MAX_GAP) > 0) {
        out.add(p.pass(o.sourceId()));
        p = null;
      }
      if (p == null) {
        p = new OpenPass(o.eventTime());
        open.put(o.sourceId(), p);
      }
      p.add(o);
    }
    open.forEach((source, p) -> out.add(p.pass(source)));
    out.sort(null);
    return out;
  }

  /** One source's pass while its detections arrive: times, count and bounds so far. */
  private static final class OpenPass {
    private final java.time.Instant start;
    private java.time.Instant end;
    private int detections;
    private double minLat = Double.POSITIVE_INFINITY;
    private double maxLat = Double.NEGATIVE_INFINITY;
    private double minLon = Double.POSITIVE_INFINITY;
    private double maxLon = Double.NEGATIVE_INFINITY;

    OpenPass(java.time.Instant start) {
      this.start = start;
      this.end = start;
    }

    void add(Observation o) {
      end = o.eventTime();
      detections++;
      for (Coordinate c : o.geometry().getCoordinates()) {
        minLat = Math.min(minLat, c.y);
        maxLat = Math.max(maxLat, c.y);
        minLon = Math.min(minLon, c.x);
        maxLon = Math.max(maxLon, c.x);
      }
    }

    SatellitePass pass(String sourceId) {
      return new SatellitePass(sourceId, start, end, detections, minLat, maxLat, minLon, maxLon);
    }
  }

  private static SatellitePass pass(String sourceId, List<Observation> detections) {
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (Observation o : detections) {
      for (Coordinate c : o.geometry().getCoordinates()) {
        minLat = Math.min(minLat, c.y);
        maxLat = Math.max(maxLat, c.y);
        minLon = Math.min(minLon, c.x);
        maxLon = Math.max(maxLon, c.x);
      }
    }
    return new SatellitePass(sourceId, detections.get(0).eventTime(), detections.get(detections.size() - 1).eventTime(),
        detections.size(), minLat, maxLat, minLon, maxLon);
  }
}
