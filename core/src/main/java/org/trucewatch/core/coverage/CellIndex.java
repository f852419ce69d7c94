package org.trucewatch.core.coverage;

import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.trucewatch.core.geo.Geodesy;

/**
 * A zone's H3 cells with their centres in an STR-tree, answering "which of these cells does a
 * footprint cover" (the cell's centre lies in or on the footprint). A query costs O(log n) plus a
 * prepared point-in-polygon test for each centre inside the footprint's envelope; on a day of
 * drone swaths over a 10,000-cell zone that is about 30 times faster than filling each swath with
 * H3's own {@code polygonToCells}, and about 1.7 times a scan of every centre (see {@code
 * bench/README.md}). Thread-safe after construction.
 */
public final class CellIndex {
  private final long[] cells;
  private final Coordinate[] centres;
  private final STRtree index = new STRtree();

  /** Indexes {@code cells} of {@code grid}. */
  public CellIndex(HexGrid grid, TreeSet<Long> cells) {
    this.cells = cells.stream().mapToLong(Long::longValue).toArray();
    this.centres = new Coordinate[this.cells.length];
    for (int i = 0; i < this.cells.length; i++) {
      centres[i] = grid.centre(this.cells[i]);
      index.insert(new Envelope(centres[i]), i);
    }
    index.build();
  }

  /** The indexed cells whose centres the footprint (lon/lat) covers, sorted. */
  public TreeSet<Long> covered(Geometry footprint) {
    TreeSet<Long> out = new TreeSet<>();
    @SuppressWarnings("unchecked")
    List<Integer> candidates = index.query(footprint.getEnvelopeInternal());
    if (candidates.isEmpty()) {
      return out;
    }
    PreparedGeometry p = PreparedGeometryFactory.prepare(footprint);
    for (int i : candidates) {
      if (p.covers(Geodesy.WGS84.createPoint(centres[i]))) {
        out.add(cells[i]);
      }
    }
    return out;
  }

  /** How many cells it holds. */
  public int size() {
    return cells.length;
  }
}
