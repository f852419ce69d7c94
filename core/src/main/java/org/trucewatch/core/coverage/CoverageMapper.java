package org.trucewatch.core.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ZoneProvision;
import org.trucewatch.core.observation.Observation;

/**
 * The coverage operator: cuts every zone of the agreement into H3 cells and marks each cell with
 * the footprints (patrol swaths, imagery frames, satellite passes) that covered it, per UTC day.
 *
 * <p>A footprint covers a cell when the cell's centre lies in it (or on its edge), the rule that
 * puts a cell in a zone (cells are looked up through a {@link CellIndex}); so coverage shares are shares of the zone's cells, weighted by cell area. A
 * patrol swath is its track widened by the platform's {@link SwathWidths sensor footprint width}.
 * Pure and deterministic; cost O(zone cells log zone cells) to index each zone, then O(log n +
 * centres in its envelope) a footprint.
 */
public final class CoverageMapper {
  private final Agreement agreement;
  private final HexGrid grid;
  private final SwathWidths widths;

  /** A mapper for this agreement's zones on this grid. */
  public CoverageMapper(Agreement agreement, HexGrid grid, SwathWidths widths) {
    this.agreement = agreement;
    this.grid = grid;
    this.widths = widths;
  }

  /** The area a footprint observation saw, lon/lat; empty when it is no footprint or has no area. */
  public Optional<Geometry> footprint(Observation o) {
    Optional<FootprintKind> kind = FootprintKind.of(o);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Geometry g = o.geometry();
    if (g instanceof Polygonal) {
      return Optional.of(g);
    }
    if (kind.get() == FootprintKind.PATROL_SWATH && g instanceof LineString track) {
      return Optional.of(Swath.of(track, widths.widthMetres(o)));
    }
    return Optional.empty();
  }

  /** The coverage of every zone provision, in agreement order, from the footprints among {@code observations}. */
  public List<ZoneCoverage> map(List<Observation> observations) {
    List<ZoneProvision> zones = new ArrayList<>();
    for (Provision p : agreement.provisions()) {
      if (p instanceof ZoneProvision z) {
        zones.add(z);
      }
    }
    List<TreeSet<Long>> zoneCells = new ArrayList<>();
    List<CellIndex> indexes = new ArrayList<>();
    List<Envelope> envelopes = new ArrayList<>();
    List<TreeMap<Long, TreeMap<LocalDate, Day>>> marks = new ArrayList<>();
    for (ZoneProvision z : zones) {
      TreeSet<Long> cells = grid.cellsOf(z.region());
      zoneCells.add(cells);
      indexes.add(new CellIndex(grid, cells));
      envelopes.add(z.region().envelope());
      marks.add(new TreeMap<>());
    }
    for (Observation o : observations) {
      Optional<Geometry> fp = footprint(o);
      if (fp.isEmpty()) {
        continue;
      }
      FootprintKind kind = FootprintKind.of(o).orElseThrow();
      Envelope env = fp.get().getEnvelopeInternal();
      for (int i = 0; i < zones.size(); i++) {
        if (!env.intersects(envelopes.get(i))) {
          continue;
        }
        LocalDate day = LocalDate.ofInstant(o.eventTime(), ZoneOffset.UTC);
        for (long c : indexes.get(i).covered(fp.get())) {
          marks.get(i).computeIfAbsent(c, k -> new TreeMap<>())
              .computeIfAbsent(day, k -> new Day()).mark(o.eventTime(), kind);
        }
      }
    }
    List<ZoneCoverage> out = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      List<CellCoverage> cells = new ArrayList<>();
      for (long c : zoneCells.get(i)) {
        List<DayCoverage> days = new ArrayList<>();
        TreeMap<LocalDate, Day> m = marks.get(i).get(c);
        if (m != null) {
          m.forEach((d, v) -> days.add(new DayCoverage(d, v.last, v.by)));
        }
        cells.add(new CellCoverage(c, days));
      }
      out.add(new ZoneCoverage(zones.get(i).id(), zones.get(i).name(), grid, cells));
    }
    return out;
  }

  /** Mutable while marking; frozen into a {@link DayCoverage}. */
  private static final class Day {
    private Instant last;
    private final Set<FootprintKind> by = EnumSet.noneOf(FootprintKind.class);

    void mark(Instant t, FootprintKind kind) {
      if (last == null || t.isAfter(last)) {
        last = t;
      }
      by.add(kind);
    }
  }
}
