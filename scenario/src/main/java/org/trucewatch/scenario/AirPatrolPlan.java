package org.trucewatch.scenario;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.LineBand;

/**
 * How the mission's drones patrol one zone drawn along a line: parallel lanes either side of a
 * smoothed copy of the line (a border's every wiggle is not flown), from a little before its start
 * to {@code cutMetres} along it, and nothing beyond: the rest of the zone is never patrolled.
 *
 * <p>The smoothed line is the zone's line sampled every kilometre and averaged over 10 km either
 * side; lanes reach as far from it as the zone's edge ever does, plus the swath's overlap, so that
 * the whole patrolled part of the zone lies under some swath. A point of the zone is {@linkplain
 * #patrolled patrolled} when the nearest point of the smoothed line lies at most {@code cutMetres}
 * along it.
 */
final class AirPatrolPlan {
  /** Lanes overlap by 30 % of the swath. */
  private static final double SPACING_OF_SWATH = 0.7;
  private static final double STEP_METRES = 1_000;

  final String provisionId;
  final LineBand band;
  final MeasuredLine smoothed;
  final double cutMetres;
  final double swathWidthMetres;
  final List<Double> laneOffsetsMetres;
  private final Coordinate[] samples;
  private final double[] sampleAlong;

  AirPatrolPlan(String provisionId, LineBand band, double patrolledShare, double swathWidthMetres) {
    this.provisionId = provisionId;
    this.band = band;
    this.swathWidthMetres = swathWidthMetres;
    MeasuredLine real = new MeasuredLine(band.centreline().getCoordinates());
    int n = (int) Math.ceil(real.lengthMetres() / STEP_METRES);
    Coordinate[] dense = new Coordinate[n + 1];
    for (int i = 0; i <= n; i++) {
      dense[i] = real.at(real.lengthMetres() * i / n).point();
    }
    int half = 10;
    Coordinate[] smooth = new Coordinate[n + 1];
    for (int i = 0; i <= n; i++) {
      int w = Math.min(half, Math.min(i, n - i)); // shrinking windows keep the ends where they are
      double lon = 0;
      double lat = 0;
      for (int j = i - w; j <= i + w; j++) {
        lon += dense[j].x;
        lat += dense[j].y;
      }
      smooth[i] = new Coordinate(lon / (2 * w + 1), lat / (2 * w + 1));
    }
    this.smoothed = new MeasuredLine(smooth);
    this.cutMetres = smoothed.lengthMetres() * patrolledShare;
    double deviation = 0;
    for (Coordinate c : dense) {
      deviation = Math.max(deviation, Geodesy.distanceToPolylineMetres(c, smooth));
    }
    double reach = band.halfWidthMetres() + deviation;
    double spacing = swathWidthMetres * SPACING_OF_SWATH;
    int lanes = (int) Math.ceil(2 * reach / spacing) + 1;
    List<Double> offsets = new ArrayList<>();
    for (int k = 0; k < lanes; k++) {
      offsets.add(-reach + 2 * reach * k / (lanes - 1));
    }
    this.laneOffsetsMetres = List.copyOf(offsets);
    int m = (int) Math.ceil(smoothed.lengthMetres() / 250);
    this.samples = new Coordinate[m + 1];
    this.sampleAlong = new double[m + 1];
    for (int i = 0; i <= m; i++) {
      sampleAlong[i] = smoothed.lengthMetres() * i / m;
      samples[i] = smoothed.at(sampleAlong[i]).point();
    }
  }

  /** How far lanes start before the line's first point, metres: enough to cover the zone's end. */
  double runInMetres() {
    return laneOffsetsMetres.get(laneOffsetsMetres.size() - 1) + swathWidthMetres;
  }

  /**
   * Lane {@code k}: points every kilometre at its offset (positive: the eastward side) from the
   * smoothed line, from before the line's start to where its swath's round end reaches the cut.
   */
  List<Coordinate> lane(int k) {
    double offset = laneOffsetsMetres.get(k);
    List<Coordinate> out = new ArrayList<>();
    double end = cutMetres - swathWidthMetres / 2;
    for (double s = -runInMetres(); s < end + STEP_METRES; s += STEP_METRES) {
      double at = Math.min(s, end);
      MeasuredLine.Station st;
      if (at < 0) {
        MeasuredLine.Station first = smoothed.at(0);
        st = new MeasuredLine.Station(
            Geodesy.destination(first.point(), first.azimuthDegrees() + 180, -at), first.azimuthDegrees());
      } else {
        st = smoothed.at(at);
      }
      double east = MeasuredLine.eastwardNormal(st);
      out.add(Geodesy.destination(st.point(), east, offset));
      if (at == end) {
        break;
      }
    }
    return out;
  }

  /** Distance along the smoothed line of its point nearest to {@code p}, metres (to 250 m). */
  double alongMetres(Coordinate p) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < samples.length; i++) {
      // a flat-earth comparison is enough to pick the nearest sample
      double dx = (samples[i].x - p.x) * Math.cos(Math.toRadians(p.y));
      double dy = samples[i].y - p.y;
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return sampleAlong[best];
  }

  /** Whether the plan patrols the part of the zone {@code p} lies in. */
  boolean patrolled(Coordinate p) {
    return alongMetres(p) <= cutMetres;
  }
}
