package org.trucewatch.core.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.agreement.ProvisionElement;
import org.trucewatch.core.geo.Circle;
import org.trucewatch.core.geo.LineBand;
import org.trucewatch.core.geo.PolygonRegion;
import org.trucewatch.core.observation.Observation;

/**
 * The enrich operator: finds the provision elements an observation reaches into.
 *
 * <p>Circles (sites, alert areas) sit on a {@link CircleGrid}, which decides clear hits and clear
 * misses by a planar bound with a proven margin and leaves the exact geodesic test to the thin
 * band near each radius and to the distances {@link #touches(Geometry)} reports; bands and
 * polygons sit in an STR-tree by their lon/lat envelopes, then take the exact test. Built once per agreement;
 * thread-safe after construction. An observation reaches an element when the geodesic distance
 * from its geometry to the element's region is zero; the location uncertainty is reported with
 * the observation, not used to widen the match, so that a match never rests on a guess.
 */
public final class ProvisionMatcher {
  private record Entry(Provision provision, ProvisionElement element, BandSegments segments) {}

  /** Grid cell side for the circles: a little more than a 5 km site's diameter at mid-latitudes. */
  private static final double CIRCLE_CELL_DEGREES = 0.1;

  private final STRtree index = new STRtree();
  private final List<Entry> circles = new ArrayList<>();
  private final CircleGrid circleGrid;

  /**
   * Indexes every element of every provision of the agreement: circles (sites, alert areas) on a
   * {@link CircleGrid}, bands and polygons in an STR-tree, bands with their {@link BandSegments}.
   */
  public ProvisionMatcher(Agreement agreement) {
    List<Circle> circleRegions = new ArrayList<>();
    for (Provision p : agreement.provisions()) {
      for (ProvisionElement e : p.elements()) {
        if (e.region() instanceof Circle c) {
          circles.add(new Entry(p, e, null));
          circleRegions.add(c);
        } else {
          BandSegments segments = e.region() instanceof LineBand band ? new BandSegments(band) : null;
          index.insert(e.region().envelope(), new Entry(p, e, segments));
        }
      }
    }
    index.build();
    circleGrid = new CircleGrid(circleRegions, CIRCLE_CELL_DEGREES);
  }

  /** The elements the observation touches, sorted by element id. */
  public List<Touch> touches(Observation o) {
    return touches(o.geometry());
  }

  /** The elements the geometry touches, sorted by element id. */
  public List<Touch> touches(Geometry g) {
    Envelope env = g.getEnvelopeInternal();
    int[] nearCircles = circleGrid.candidates(g);
    @SuppressWarnings("unchecked")
    List<Entry> candidates = index.isEmpty() ? List.of() : index.query(env);
    if (candidates.isEmpty() && nearCircles.length == 0) {
      return List.of();
    }
    List<Touch> out = new ArrayList<>();
    for (int n = 0; n < nearCircles.length; n += 2) {
      int i = nearCircles[n];
      Entry c = circles.get(i);
      Circle circle = circleGrid.circle(i);
      double reference = circleGrid.distanceMetres(i, g, nearCircles[n + 1]);
      if (reference <= circle.radiusMetres()) {
        ProvisionElement e = c.element();
        out.add(new Touch(c.provision().id(), e.id(), e.name(), e.category(), reference, circle.radiusMetres()));
      }
    }
    for (Entry c : candidates) {
      Touch t = touch(c, g, env);
      if (t != null) {
        out.add(t);
      }
    }
    Collections.sort(out);
    return out;
  }

  /**
   * How many elements the geometry touches: the decision {@link #touches(Geometry)} makes, without
   * the distances. Sites are decided by the circle grid's planar bound where it is clear and by
   * the exact geodesic test near their radius, so the count always equals {@code
   * touches(g).size()}; the distances, which cost a geodesic computation each, are left to
   * {@code touches} for the matches a caller writes. Allocates nothing for a geometry near no
   * band or polygon and decided by the bound.
   */
  public int touchCount(Geometry g) {
    int count = circleGrid.countReached(g);
    if (!index.isEmpty()) {
      Envelope env = g.getEnvelopeInternal();
      @SuppressWarnings("unchecked")
      List<Entry> candidates = index.query(env);
      for (Entry c : candidates) {
        if (touch(c, g, env) != null) {
          count++;
        }
      }
    }
    return count;
  }

  /** The touch of an indexed (non-grid) element, or null when the geometry does not reach it. */
  private static Touch touch(Entry c, Geometry g, Envelope env) {
    ProvisionElement e = c.element();
    if (c.segments() != null && !c.segments().mayReach(env)) {
      return null;
    }
    double reference;
    double limit;
    boolean inside;
    // Java 17 has no pattern switch; the Region interface is sealed, so this chain is complete
    if (e.region() instanceof Circle circle) {
      reference = circle.distanceFromCentreMetres(g);
      limit = circle.radiusMetres();
      inside = reference <= limit;
    } else if (e.region() instanceof LineBand band) {
      reference = band.distanceFromCentrelineMetres(g);
      limit = band.halfWidthMetres();
      inside = reference <= limit;
    } else {
      PolygonRegion poly = (PolygonRegion) e.region();
      reference = 0;
      limit = 0;
      inside = poly.touches(g);
    }
    return inside ? new Touch(c.provision().id(), e.id(), e.name(), e.category(), reference, limit) : null;
  }

  /** Enriches one observation. */
  public EnrichedObservation enrich(Observation o) {
    return new EnrichedObservation(o, touches(o));
  }
}
