package org.trucewatch.core.coverage;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.trucewatch.core.geo.Geodesy;

/**
 * The ground a patrol's sensor saw: its track widened by half the sensor's footprint width either
 * side.
 *
 * <p>The buffer is drawn in an azimuthal equidistant projection centred on the track's middle,
 * (the geodesic from the centre, by azimuth and length), where distances from the centre are
 * exact and distances elsewhere are off by about (d/R)^2/6, under 4 parts per million 30 km out; so a swath piece of a few tens of kilometres is within
 * centimetres of the geodesic buffer. Round ends and bends are drawn with 8 segments a quarter
 * circle.
 */
public final class Swath {
  private static final Geodesic GEODESIC = Geodesic.WGS84;
  private static final GeometryFactory PLANE = new GeometryFactory();

  private Swath() {}

  /** The swath of {@code track} (lon/lat) for a sensor footprint {@code widthMetres} wide. */
  public static Geometry of(LineString track, double widthMetres) {
    if (!(widthMetres > 0)) {
      throw new IllegalArgumentException("swath width must be more than zero metres: " + widthMetres);
    }
    Coordinate centre = track.getEnvelopeInternal().centre();
    Geometry projected = new GeometryTransformer() {
      @Override
      protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
          org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
        Coordinate[] out = new Coordinate[coords.size()];
        for (int i = 0; i < coords.size(); i++) {
          // azimuthal equidistant: the geodesic from the centre, by its azimuth and length
          GeodesicData d = GEODESIC.Inverse(centre.y, centre.x, coords.getY(i), coords.getX(i),
              GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
          double az = Math.toRadians(d.azi1);
          out[i] = new Coordinate(d.s12 * Math.sin(az), d.s12 * Math.cos(az));
        }
        return PLANE.getCoordinateSequenceFactory().create(out);
      }
    }.transform(track);
    Geometry buffered = projected.buffer(widthMetres / 2, 8);
    return new GeometryTransformer() {
      @Override
      protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
          org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
        List<Coordinate> out = new ArrayList<>(coords.size());
        for (int i = 0; i < coords.size(); i++) {
          double x = coords.getX(i);
          double y = coords.getY(i);
          GeodesicData d = GEODESIC.Direct(centre.y, centre.x, Math.toDegrees(Math.atan2(x, y)), Math.hypot(x, y));
          out.add(new Coordinate(d.lon2, d.lat2));
        }
        return Geodesy.WGS84.getCoordinateSequenceFactory().create(out.toArray(new Coordinate[0]));
      }
    }.transform(buffered);
  }
}
