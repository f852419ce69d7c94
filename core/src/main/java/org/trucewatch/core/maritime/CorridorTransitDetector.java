package org.trucewatch.core.maritime;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.geo.Geodesy;

/**
 * Records each ship's stays in the agreement's corridors (enter, exit, dwell), from its plausible
 * fixes: a fix is inside when it is within the corridor's band (exact geodesic distance to the
 * centreline, after a cheap envelope test). Transits are records for the track outputs, not
 * observations: sailing the corridor is what it is for. Pure; O(fixes x corridor vertices) for
 * fixes near a corridor.
 */
public final class CorridorTransitDetector {
  private final List<CorridorProvision> corridors;
  private final List<Envelope> envelopes = new ArrayList<>();

  /** A detector for these corridors. */
  public CorridorTransitDetector(List<CorridorProvision> corridors) {
    this.corridors = List.copyOf(corridors);
    for (CorridorProvision c : this.corridors) {
      envelopes.add(c.band().envelope());
    }
  }

  /** Every stay of every track in every corridor, by track, then corridor, then time. */
  public List<CorridorTransit> detect(List<VesselTrack> tracks) {
    List<CorridorTransit> out = new ArrayList<>();
    for (VesselTrack t : tracks) {
      List<TrackPoint> pts = t.plausiblePoints();
      for (int c = 0; c < corridors.size(); c++) {
        CorridorProvision corridor = corridors.get(c);
        int first = -1;
        for (int i = 0; i <= pts.size(); i++) {
          boolean inside = i < pts.size() && inside(c, pts.get(i));
          if (inside && first < 0) {
            first = i;
          } else if (!inside && first >= 0) {
            TrackPoint a = pts.get(first);
            TrackPoint b = pts.get(i - 1);
            out.add(new CorridorTransit(t.mmsi(), corridor.id(), a.time(), b.time(), first > 0, i < pts.size(),
                a.position(), b.position(), i - first));
            first = -1;
          }
        }
      }
    }
    return out;
  }

  private boolean inside(int c, TrackPoint p) {
    if (!envelopes.get(c).contains(p.position())) {
      return false;
    }
    return corridors.get(c).band().distanceMetres(Geodesy.WGS84.createPoint(p.position())) == 0;
  }
}
