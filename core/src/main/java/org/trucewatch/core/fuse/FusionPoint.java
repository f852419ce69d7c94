package org.trucewatch.core.fuse;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;

/**
 * One observation as fusion sees it: its centre, how far it may lie from that centre (stated
 * uncertainty plus a footprint's half-width) and its time with its uncertainty. Computed once per
 * observation, so the link test is cheap.
 */
record FusionPoint(EnrichedObservation enriched, Coordinate centre, double spreadMetres, long epochSecond,
    long timeUncertaintySeconds) {
  // fewer metres than any degree of latitude has, so query envelopes err on the large side
  private static final double METRES_PER_DEGREE = 110_000;

  static FusionPoint of(EnrichedObservation e) {
    Observation o = e.observation();
    Coordinate c = o.representativeCoordinate();
    double footprint = 0;
    if (o.geometry().getNumPoints() > 1) {
      // a pixel or a frame: the event may be anywhere in it, so its half-width counts as uncertainty
      for (Coordinate v : o.geometry().getCoordinates()) {
        footprint = Math.max(footprint, Geodesy.distanceMetres(c, v));
      }
    }
    return new FusionPoint(e, c, o.uncertaintyMetres() + footprint, o.eventTime().getEpochSecond(),
        timeUncertaintySeconds(o));
  }

  Observation observation() {
    return enriched.observation();
  }

  /** Whether the two can be one event under the parameters. Symmetric. */
  boolean linked(FusionPoint other, FusionParameters p) {
    Optional<KindLink> rule = p.linkOf(observation(), other.observation());
    if (rule.isEmpty()) {
      return false;
    }
    KindLink r = rule.get();
    long allowedSeconds = r.window().getSeconds()
        + Math.min(p.maxTimeWidening().getSeconds(), timeUncertaintySeconds + other.timeUncertaintySeconds);
    if (Math.abs(epochSecond - other.epochSecond) > allowedSeconds) {
      return false;
    }
    double allowed = r.linkMetres() + Math.min(r.maxUncertaintyMetres(), spreadMetres + other.spreadMetres);
    return Geodesy.distanceMetres(centre, other.centre) <= allowed;
  }

  /** The envelope, in degrees, that holds every centre within {@code metres} of this one. */
  Envelope around(double metres) {
    double dLat = metres / METRES_PER_DEGREE;
    double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.9, Math.abs(centre.y) + dLat))));
    double dLon = metres / (METRES_PER_DEGREE * cos);
    return new Envelope(centre.x - dLon, centre.x + dLon, centre.y - dLat, centre.y + dLat);
  }

  private static long timeUncertaintySeconds(Observation o) {
    String t = o.attributes().get(IncidentFuser.TIME_UNCERTAINTY);
    if (t == null) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(t.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
