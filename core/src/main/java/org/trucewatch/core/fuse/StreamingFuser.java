package org.trucewatch.core.fuse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.source.SourceDirectory;

/**
 * Fusion over observations that arrive in event-time order, holding only the live window: each
 * incident is handed on as soon as no later observation can join it, i.e. once its latest member
 * is more than {@link FusionParameters#maxTimeReachSeconds} behind the newest observation.
 *
 * <p>The incidents are exactly those of {@link IncidentFuser#fuse} over the same observations:
 * both are the connected groups of the same symmetric link ({@link FusionPoint#linked}), and every
 * linked pair lies within the time reach, so each arriving point is tested against every earlier
 * point it could link to (the points of the window near it). They come out in the order they
 * close, not sorted: sort by start then id for the batch's order. As in the batch, an observation
 * that shows no activity forms no incident ({@link IncidentFuser#eventful}) and a repeated id is
 * fused once; a repeated id is looked for within the window only, since an id is a hash of the
 * observation's content and so of its event time.
 *
 * <p>Memory: the points of the last time reach and the members of the incidents still open.
 * Cost per observation: one query of a grid of cells about the link reach wide plus the link
 * tests of its candidates (those whose centre lies in its search envelope, as in the batch); groups
 * merge smaller into larger, so each member moves O(log n) times at most. Not thread-safe.
 */
public final class StreamingFuser {
  // fewer metres than any degree of latitude has: a grid cell is at least the link reach high
  private static final double METRES_PER_DEGREE_OF_LATITUDE = 110_000;

  private final FusionParameters parameters;
  private final IncidentFuser builder;
  private final Consumer<Incident> closed;
  private final double reach;
  private final long timeReach;
  private final WindowGrid index;
  private final ArrayDeque<Live> window = new ArrayDeque<>();
  private final Set<ObservationId> seenInWindow = new HashSet<>();
  private long newest = Long.MIN_VALUE;
  private long incidents;

  /** One point of the window and the group it belongs to. */
  private static final class Live {
    final FusionPoint point;
    Group group;

    Live(FusionPoint point, Group group) {
      this.point = point;
      this.group = group;
    }
  }

  /** A group of linked points: its members, and the time of its latest one. */
  private static final class Group {
    Group parent = this;
    List<EnrichedObservation> members = new ArrayList<>(1);
    long latest;
    boolean done;

    Group root() {
      Group g = this;
      while (g.parent != g) {
        g.parent = g.parent.parent;
        g = g.parent;
      }
      return g;
    }
  }

  /**
   * A fuser that hands each closed incident to {@code closed}.
   *
   * @param sources the directory that judges the independence of origins
   */
  public StreamingFuser(FusionParameters parameters, SourceDirectory sources, Consumer<Incident> closed) {
    this.parameters = parameters;
    this.builder = new IncidentFuser(parameters, sources);
    this.closed = closed;
    this.reach = parameters.maxReachMetres();
    this.timeReach = Math.max(0, parameters.maxTimeReachSeconds());
    this.index = new WindowGrid(reach / METRES_PER_DEGREE_OF_LATITUDE);
  }

  /**
   * Adds the next observation; incidents that can no longer grow are handed on first.
   *
   * @throws IllegalArgumentException when it happened before (in whole seconds) an observation
   *     added earlier
   */
  public void add(EnrichedObservation e) {
    long second = e.observation().eventTime().getEpochSecond();
    if (second < newest) {
      throw new IllegalArgumentException("observations must come in event-time order: " + e.observation().id()
          + " at " + e.observation().eventTime() + " after one at second " + newest);
    }
    newest = second;
    closeBefore(second - timeReach);
    if (!IncidentFuser.eventful(e.observation()) || !seenInWindow.add(e.observation().id())) {
      return;
    }
    FusionPoint p = FusionPoint.of(e);
    Group own = new Group();
    own.members.add(e);
    own.latest = second;
    Live live = new Live(p, own);
    Envelope around = p.around(reach);
    for (Live c : index.query(around)) {
      Group a = live.group.root();
      Group b = c.group.root();
      if (a != b && p.linked(c.point, parameters)) {
        merge(a, b);
      }
    }
    index.add(live);
    window.addLast(live);
  }

  /** Hands on every incident still open: the input has ended. */
  public void finish() {
    closeBefore(Long.MAX_VALUE);
  }

  /** How many incidents have been handed on. */
  public long closedCount() {
    return incidents;
  }

  /** How many points the window holds now (for tests and progress). */
  public int windowSize() {
    return window.size();
  }

  /**
   * Evicts the points before {@code second}: none can link to a later point. A group whose latest
   * member leaves the window is closed and handed on.
   */
  private void closeBefore(long second) {
    while (!window.isEmpty() && window.peekFirst().point.epochSecond() < second) {
      Live gone = window.pollFirst();
      index.removeOldest(gone);
      seenInWindow.remove(gone.point.observation().id());
      Group g = gone.group.root();
      if (!g.done && g.latest < second) {
        g.done = true;
        incidents++;
        closed.accept(builder.incidentOf(g.members));
        g.members = null;
      }
    }
  }

  /**
   * The window's points by grid cell of about the link reach, each cell's points in arrival order
   * (so the oldest point of the window is the first of its cell). A query returns exactly the
   * points whose centre lies in the envelope, as the batch's STR-tree does, looking only at the
   * cells the envelope covers.
   */
  private static final class WindowGrid {
    private final double cellDegrees;
    private final HashMap<Long, ArrayDeque<Live>> cells = new HashMap<>();

    WindowGrid(double cellDegrees) {
      this.cellDegrees = Math.max(cellDegrees, 1e-6);
    }

    void add(Live p) {
      cells.computeIfAbsent(key(cell(p.point.centre().x), cell(p.point.centre().y)), k -> new ArrayDeque<>()).addLast(p);
    }

    /** Removes {@code p}, which must be the oldest point of the window. */
    void removeOldest(Live p) {
      long key = key(cell(p.point.centre().x), cell(p.point.centre().y));
      ArrayDeque<Live> cell = cells.get(key);
      if (cell == null || cell.pollFirst() != p) {
        throw new IllegalStateException("the window's points must leave in arrival order");
      }
      if (cell.isEmpty()) {
        cells.remove(key);
      }
    }

    List<Live> query(Envelope e) {
      List<Live> out = new ArrayList<>();
      for (long x = cell(e.getMinX()); x <= cell(e.getMaxX()); x++) {
        for (long y = cell(e.getMinY()); y <= cell(e.getMaxY()); y++) {
          ArrayDeque<Live> c = cells.get(key(x, y));
          if (c == null) {
            continue;
          }
          for (Live p : c) {
            if (e.contains(p.point.centre())) {
              out.add(p);
            }
          }
        }
      }
      return out;
    }

    private long cell(double degrees) {
      return (long) Math.floor(degrees / cellDegrees);
    }

    private static long key(long x, long y) {
      return (x << 32) ^ (y & 0xffffffffL);
    }
  }

  private static void merge(Group a, Group b) {
    // the larger group's list takes the smaller one's members
    Group keep = a.members.size() >= b.members.size() ? a : b;
    Group gone = keep == a ? b : a;
    gone.parent = keep;
    keep.members.addAll(gone.members);
    keep.latest = Math.max(keep.latest, gone.latest);
    gone.members = null;
  }
}
