package org.trucewatch.core.fuse;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.ObservationKind;

/**
 * Incident summaries held as columns of primitives: a mission's incidents are mostly quiet (no
 * finding, no casualties, so no members kept), and such a summary as an object graph costs about
 * 300 bytes (the record, its id string, two instants, its centre, its lists) where its values fit
 * in about 100. A quiet summary whose id is {@code inc-} and 16 lower-case hex digits and whose
 * centre is a plain 2D coordinate is stored in the columns; any other is kept whole. {@link #get}
 * gives back a summary equal to the one added. The repeated lists (origins, counts by source,
 * places) are held once each. Not thread-safe while being filled.
 */
public final class IncidentSummaryColumns {
  private static final String ID_PREFIX = "inc-";
  private static final int ID_LENGTH = ID_PREFIX.length() + 16;
  private static final ObservationKind[] KINDS = ObservationKind.values();
  private static final IncidentStatus[] STATUSES = IncidentStatus.values();
  private static final Comparator<IncidentSummary> REPORT_ORDER =
      Comparator.comparing(IncidentSummary::start).thenComparing(IncidentSummary::id);

  private int size;
  private long[] ids = new long[16];
  private long[] startSeconds = new long[16];
  private int[] startNanos = new int[16];
  private long[] endSeconds = new long[16];
  private int[] endNanos = new int[16];
  private double[] x = new double[16];
  private double[] y = new double[16];
  private double[] radius = new double[16];
  private int[] independentSources = new int[16];
  private int[] memberCount = new int[16];
  private byte[] kind = new byte[16];
  private byte[] status = new byte[16];
  private int[] supporting = new int[16];
  private int[] contradicting = new int[16];
  private int[] bySource = new int[16];
  private int[] places = new int[16];
  /** The summaries kept whole, at their index; null where the columns hold it. */
  private IncidentSummary[] whole = new IncidentSummary[16];
  private final Pool<List<String>> stringLists = new Pool<>();
  private final Pool<List<IncidentSummary.SourceCount>> countLists = new Pool<>();

  /** Distinct values, each held once, by index. */
  private static final class Pool<T> {
    private final List<T> values = new ArrayList<>();
    private final Map<T, Integer> index = new HashMap<>();

    int indexOf(T value) {
      return index.computeIfAbsent(value, v -> {
        values.add(v);
        return values.size() - 1;
      });
    }

    T get(int i) {
      return values.get(i);
    }

    /** Drops the lookup once nothing more is added. */
    void freeze() {
      index.clear();
    }
  }

  /** How many summaries are held. */
  public int size() {
    return size;
  }

  /** Adds a summary and returns its index. */
  public int add(IncidentSummary s) {
    if (size == ids.length) {
      grow();
    }
    int i = size++;
    if (!compactable(s)) {
      whole[i] = s;
      startSeconds[i] = s.start().getEpochSecond();
      startNanos[i] = s.start().getNano();
      return i;
    }
    ids[i] = Long.parseUnsignedLong(s.id().substring(ID_PREFIX.length()), 16);
    startSeconds[i] = s.start().getEpochSecond();
    startNanos[i] = s.start().getNano();
    endSeconds[i] = s.end().getEpochSecond();
    endNanos[i] = s.end().getNano();
    x[i] = s.centre().x;
    y[i] = s.centre().y;
    radius[i] = s.radiusMetres();
    independentSources[i] = s.independentSources();
    memberCount[i] = s.memberCount();
    kind[i] = (byte) s.kind().ordinal();
    status[i] = (byte) s.status().ordinal();
    supporting[i] = stringLists.indexOf(s.supportingOrigins());
    contradicting[i] = stringLists.indexOf(s.contradictingOrigins());
    bySource[i] = countLists.indexOf(s.membersBySource());
    places[i] = stringLists.indexOf(s.places());
    return i;
  }

  /** Whether the columns can hold the summary so that {@link #get} gives back an equal one. */
  private static boolean compactable(IncidentSummary s) {
    return !s.membersKept()
        && s.casualties().equals(Casualties.NONE)
        && s.centre().getClass() == Coordinate.class
        && Double.isNaN(s.centre().getZ())
        && s.id().length() == ID_LENGTH
        && s.id().startsWith(ID_PREFIX)
        && s.id().substring(ID_PREFIX.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  private void grow() {
    resize(ids.length * 2);
  }

  /** Every column copied to length {@code n}. */
  private void resize(int n) {
    ids = Arrays.copyOf(ids, n);
    startSeconds = Arrays.copyOf(startSeconds, n);
    startNanos = Arrays.copyOf(startNanos, n);
    endSeconds = Arrays.copyOf(endSeconds, n);
    endNanos = Arrays.copyOf(endNanos, n);
    x = Arrays.copyOf(x, n);
    y = Arrays.copyOf(y, n);
    radius = Arrays.copyOf(radius, n);
    independentSources = Arrays.copyOf(independentSources, n);
    memberCount = Arrays.copyOf(memberCount, n);
    kind = Arrays.copyOf(kind, n);
    status = Arrays.copyOf(status, n);
    supporting = Arrays.copyOf(supporting, n);
    contradicting = Arrays.copyOf(contradicting, n);
    bySource = Arrays.copyOf(bySource, n);
    places = Arrays.copyOf(places, n);
    whole = Arrays.copyOf(whole, n);
  }

  /** Frees the spare room left by growing and the lookups of the shared lists, once every summary is added. */
  public void trim() {
    stringLists.freeze();
    countLists.freeze();
    resize(size);
  }

  /** The summary at index {@code i}, equal to the one added there. */
  public IncidentSummary get(int i) {
    check(i);
    if (whole[i] != null) {
      return whole[i];
    }
    return new IncidentSummary(
        id(i),
        KINDS[kind[i]],
        start(i),
        Instant.ofEpochSecond(endSeconds[i], endNanos[i]),
        new Coordinate(x[i], y[i]),
        radius[i],
        independentSources[i],
        STATUSES[status[i]],
        stringLists.get(supporting[i]),
        stringLists.get(contradicting[i]),
        Casualties.NONE,
        memberCount[i],
        countLists.get(bySource[i]),
        stringLists.get(places[i]),
        List.of(),
        false);
  }

  /** Whether the summary at index {@code i} is held in the columns rather than whole. */
  public boolean inColumns(int i) {
    check(i);
    return whole[i] == null;
  }

  /** The id of the summary at index {@code i}. */
  public String id(int i) {
    check(i);
    if (whole[i] != null) {
      return whole[i].id();
    }
    String hex = Long.toHexString(ids[i]);
    return ID_PREFIX + "0".repeat(16 - hex.length()) + hex;
  }

  /** The start of the summary at index {@code i}. */
  public Instant start(int i) {
    check(i);
    return Instant.ofEpochSecond(startSeconds[i], startNanos[i]);
  }

  private void check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("incident " + i + " of " + size);
    }
  }

  /** The indexes of the summaries sorted by start, then id (the report's order). */
  public int[] reportOrder() {
    Integer[] order = new Integer[size];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> startSeconds[i])
        .thenComparingInt(i -> startNanos[i])
        .thenComparing(this::id));
    int[] out = new int[size];
    Arrays.setAll(out, i -> order[i]);
    return out;
  }

  /**
   * An unmodifiable list of the summaries at these indexes, in this order, each made when asked
   * for. It reads these columns, so nothing may be added after it is made.
   */
  public List<IncidentSummary> view(int[] order) {
    return new View(order.clone());
  }

  /** The summaries of a {@link IncidentSummaryColumns}, in a given order, made one at a time. */
  private final class View extends AbstractList<IncidentSummary> implements RandomAccess {
    private final int[] order;

    View(int[] order) {
      this.order = order;
    }

    @Override
    public IncidentSummary get(int index) {
      return IncidentSummaryColumns.this.get(order[index]);
    }

    @Override
    public int size() {
      return order.length;
    }
  }

  /**
   * The list unmodifiable without copying it when it is a view of columns (which nobody can
   * change), else {@link List#copyOf}: so holding a mission's summaries does not turn them back
   * into objects.
   */
  public static List<IncidentSummary> frozen(List<IncidentSummary> incidents) {
    return incidents instanceof IncidentSummaryColumns.View ? incidents : List.copyOf(incidents);
  }

  /**
   * The summaries by start then id: {@link #frozen} when they are in that order already (as a
   * streamed run gives them), else a sorted copy.
   */
  public static List<IncidentSummary> inReportOrder(List<IncidentSummary> incidents) {
    IncidentSummary previous = null;
    for (IncidentSummary i : incidents) {
      if (previous != null && REPORT_ORDER.compare(previous, i) > 0) {
        List<IncidentSummary> sorted = new ArrayList<>(incidents);
        sorted.sort(REPORT_ORDER);
        return List.copyOf(sorted);
      }
      previous = i;
    }
    return frozen(incidents);
  }
}
