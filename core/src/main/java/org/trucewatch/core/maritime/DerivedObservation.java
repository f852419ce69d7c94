package org.trucewatch.core.maritime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Credibility;

/** Builds the observation a detector reports, citing the track points it rests on. */
final class DerivedObservation {
  /** The attribute listing the ids of the track points a detection rests on, comma-separated. */
  static final String TRACK_POINTS = "track_points";

  private DerivedObservation() {}

  static Observation of(ObservationKind kind, VesselTrack track, Instant time, Coordinate where,
      Credibility credibility, Map<String, String> attributes, List<TrackPoint> evidence) {
    TreeMap<String, String> a = new TreeMap<>(attributes);
    a.put(VesselTrack.MMSI, Integer.toString(track.mmsi()));
    if (!track.name().isEmpty()) {
      a.putIfAbsent("name", track.name());
    }
    if (track.shipType() != 0) {
      a.putIfAbsent("ship_type", Integer.toString(track.shipType()));
    }
    StringBuilder ids = new StringBuilder();
    for (TrackPoint p : evidence) {
      ids.append(ids.length() == 0 ? "" : ",").append(p.observation().id());
    }
    a.put(TRACK_POINTS, ids.toString());
    Observation first = evidence.get(0).observation();
    return Observation.of(first.sourceId(), kind, time, Geodesy.WGS84.createPoint(where), first.uncertaintyMetres(),
        credibility, a, Casualties.NONE, first.provenance());
  }

  static String decimal1(double v) {
    return java.math.BigDecimal.valueOf(Math.round(v * 10) / 10.0).stripTrailingZeros().toPlainString();
  }

  static String lonLat(Coordinate c) {
    return String.format(java.util.Locale.ROOT, "%.5f,%.5f", c.x, c.y);
  }
}
