package org.trucewatch.core.coverage;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.geo.Region;

/**
 * The H3 grid at one resolution: which cells an area holds (a cell belongs to an area when its
 * centre lies inside, H3's own rule), cell centres, outlines, areas and neighbours. Thread-safe.
 */
public final class HexGrid {
  private static final H3Core H3;

  static {
    try {
      H3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new IllegalStateException("cannot load the H3 native library: " + e.getMessage(), e);
    }
  }

  private final int resolution;

  /** The grid at {@code resolution} (0 coarsest to 15 finest; 8 has cells of about 0.74 km2). */
  public HexGrid(int resolution) {
    if (resolution < 0 || resolution > 15) {
      throw new IllegalArgumentException("H3 resolution must be 0 to 15, not " + resolution);
    }
    this.resolution = resolution;
  }

  /** The resolution. */
  public int resolution() {
    return resolution;
  }

  /** Cells whose centre lies inside the polygon(s) of {@code area} (lon/lat), sorted. */
  public TreeSet<Long> cellsOf(Geometry area) {
    TreeSet<Long> out = new TreeSet<>();
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Geometry part = area.getGeometryN(i);
      if (part instanceof Polygon p && !p.isEmpty()) {
        List<List<LatLng>> holes = new ArrayList<>();
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          holes.add(latLngs(p.getInteriorRingN(h)));
        }
        out.addAll(H3.polygonToCells(latLngs(p.getExteriorRing()), holes, resolution));
      }
    }
    return out;
  }

  /**
   * Cells whose centre lies in {@code region} by its exact geodesic test, sorted. The outline is
   * only a candidate filter: cells one step beyond it are tried too, so a region whose outline
   * falls a little short of its exact edge loses no cell.
   */
  public TreeSet<Long> cellsOf(Region region) {
    TreeSet<Long> candidates = new TreeSet<>();
    for (long c : cellsOf(region.outline())) {
      candidates.addAll(H3.gridDisk(c, 1));
    }
    TreeSet<Long> out = new TreeSet<>();
    for (long c : candidates) {
      if (region.touches(Geodesy.WGS84.createPoint(centre(c)))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The cell's centre, lon/lat. */
  public Coordinate centre(long cell) {
    LatLng ll = H3.cellToLatLng(cell);
    return new Coordinate(ll.lng, ll.lat);
  }

  /** The cell's outline, a closed lon/lat polygon. */
  public Polygon outline(long cell) {
    List<LatLng> b = H3.cellToBoundary(cell);
    Coordinate[] ring = new Coordinate[b.size() + 1];
    for (int i = 0; i < b.size(); i++) {
      ring[i] = new Coordinate(b.get(i).lng, b.get(i).lat);
    }
    ring[b.size()] = ring[0].copy();
    return Geodesy.WGS84.createPolygon(ring);
  }

  /** The cell's area, square kilometres. */
  public double areaSquareKilometres(long cell) {
    return H3.cellArea(cell, AreaUnit.km2);
  }

  /** The cells next to {@code cell} (not itself). */
  public List<Long> neighbours(long cell) {
    List<Long> out = new ArrayList<>(H3.gridDisk(cell, 1));
    out.remove(Long.valueOf(cell));
    return out;
  }

  /** The cell that holds a lon/lat point. */
  public long cellAt(Coordinate c) {
    return H3.latLngToCell(c.y, c.x, resolution);
  }

  /** The cell's H3 index as text, e.g. {@code 881e2a0a4bfffff}. */
  public static String address(long cell) {
    return H3.h3ToString(cell);
  }

  /**
   * The cell of an H3 index as text, the inverse of {@link #address}.
   *
   * @throws IllegalArgumentException when the text is no valid H3 cell
   */
  public static long cellOf(String address) {
    long cell;
    try {
      cell = H3.stringToH3(address);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an H3 cell: " + address, e);
    }
    if (!H3.isValidCell(cell)) {
      throw new IllegalArgumentException("not an H3 cell: " + address);
    }
    return cell;
  }

  private static List<LatLng> latLngs(LinearRing ring) {
    Coordinate[] cs = ring.getCoordinates();
    List<LatLng> out = new ArrayList<>(cs.length);
    for (int i = 0; i < cs.length - 1; i++) { // H3 closes rings itself
      out.add(new LatLng(cs[i].y, cs[i].x));
    }
    return out;
  }
}
