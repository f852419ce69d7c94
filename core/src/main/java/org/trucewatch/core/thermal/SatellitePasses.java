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
