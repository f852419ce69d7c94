package org.trucewatch.engine.mission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.thermal.DetectionDeduplicator;
import org.trucewatch.core.thermal.DetectionIdentity;
import org.trucewatch.core.thermal.DistinctDetections;

/**
 * {@link DistinctDetections}' rule, the same counts and copies, with the kept observations in a
 * spill file ({@link SpillFile}, encoded by {@link ObservationCodec}) instead of in memory: what
 * {@link MissionFold} holds when a mission may be years of detections.
 *
 * <p>Memory per kept observation is a few primitives, about 60 bytes: where its bytes are, its
 * event time and the first 8 bytes of its id (to sort), and a 64-bit hash of its key (its {@link
 * DetectionIdentity}, else its id) in an open-addressing table. A hash met again is checked
 * against the observation read back from the file, so two keys of one hash are told apart exactly;
 * only copies are read back. Where copies were read from is held as {@link DistinctDetections}
 * holds it. Not thread-safe.
 */
final class SpilledDetections implements AutoCloseable {
  private static final long ID_KEY = 0x5bd1e9955bd1e995L;

  private final ObservationCodec codec = new ObservationCodec();
  private final SpillFile file = new SpillFile("trucewatch-observations-");
  private final Map<Integer, List<Provenance>> copies = new HashMap<>();
  private byte[] record = new byte[512];
  private int size;
  private long[] offsets = new long[1024];
  private int[] lengths = new int[1024];
  private long[] seconds = new long[1024];
  private int[] nanos = new int[1024];
  private long[] idHigh = new long[1024];
  // key hash -> slot + 1 (0: empty), linear probing
  private long[] hashes = new long[2048];
  private int[] slots = new int[2048];
  private long repeats;
  private long pixelCopies;
  private long replaced;

  /**
   * Adds an observation in reading order, as {@link DistinctDetections#add} does; returns the
   * copy it took the place of, read back, when it is the standard product's copy of a pixel kept
   * so far from the near-real-time product.
   */
  Optional<Observation> add(Observation o) {
    long hash = keyHash(o);
    int mask = hashes.length - 1;
    int at = (int) (hash ^ (hash >>> 32)) & mask;
    Optional<DetectionIdentity> identity = null;
    for (; slots[at] != 0; at = (at + 1) & mask) {
      if (hashes[at] != hash) {
        continue;
      }
      int slot = slots[at] - 1;
      Observation held = read(slot);
      if (identity == null) {
        identity = DetectionIdentity.of(o);
      }
      boolean same = identity.isPresent() ? identity.equals(DetectionIdentity.of(held)) : held.id().equals(o.id())
          && DetectionIdentity.of(held).isEmpty();
      if (same) {
        return copy(slot, held, o);
      }
    }
    int slot = size++;
    if (slot == offsets.length) {
      grow();
    }
    write(slot, o);
    hashes[at] = hash;
    slots[at] = slot + 1;
    if (size * 2 > hashes.length) {
      rehash();
    }
    return Optional.empty();
  }

  private Optional<Observation> copy(int slot, Observation held, Observation o) {
    if (held.id().equals(o.id())) {
      repeats++;
    } else {
      pixelCopies++;
    }
    List<Provenance> list = copies.computeIfAbsent(slot, k -> new ArrayList<>());
    if (DetectionDeduplicator.isStandard(o) && !DetectionDeduplicator.isStandard(held)) {
      // the standard copy takes the first copy's slot; its old bytes stay in the file, unread
      write(slot, o);
      list.add(held.provenance());
      replaced++;
      return Optional.of(held);
    }
    list.add(o.provenance());
    return Optional.empty();
  }

  private void write(int slot, Observation o) {
    ObservationCodec.Bytes b = codec.encode(o);
    offsets[slot] = file.append(b.array(), b.length());
    lengths[slot] = b.length();
    seconds[slot] = o.eventTime().getEpochSecond();
    nanos[slot] = o.eventTime().getNano();
    idHigh[slot] = Long.parseUnsignedLong(o.id().hex(), 0, 16, 16);
  }

  private Observation read(int slot) {
    int n = lengths[slot];
    if (record.length < n) {
      record = new byte[Math.max(n, record.length * 2)];
    }
    file.read(offsets[slot], n, record);
    return codec.decode(record, 0, n);
  }

  /**
   * A 64-bit hash of the key {@link DistinctDetections} holds an observation by: its pixel's
   * {@link DetectionIdentity} (source, time, footprint corners to 1e-7 degree, hashed from the
   * same numbers, not from their text), else its id.
   */
  static long keyHash(Observation o) {
    if (o.kind() == ObservationKind.THERMAL_ANOMALY && o.geometry() instanceof Polygon p) {
      long h = mix(0, o.sourceId().hashCode());
      h = mix(h, o.eventTime().getEpochSecond());
      h = mix(h, o.eventTime().getNano());
      Coordinate[] cs = p.getExteriorRing().getCoordinates();
      h = mix(h, cs.length);
      for (Coordinate c : cs) {
        h = mix(h, Math.round(c.x * 1e7));
        h = mix(h, Math.round(c.y * 1e7));
      }
      return finish(h);
    }
    return finish(Long.parseUnsignedLong(o.id().hex(), 0, 16, 16) ^ ID_KEY);
  }

  private static long mix(long h, long v) {
    return Long.rotateLeft(h ^ (v * 0x9E3779B97F4A7C15L), 29) * 0xBF58476D1CE4E5B9L;
  }

  /** MurmurHash3's 64-bit finaliser: every bit of the input moves the slot. */
  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private void grow() {
    int n = offsets.length + (offsets.length >> 1);
    offsets = Arrays.copyOf(offsets, n);
    lengths = Arrays.copyOf(lengths, n);
    seconds = Arrays.copyOf(seconds, n);
    nanos = Arrays.copyOf(nanos, n);
    idHigh = Arrays.copyOf(idHigh, n);
  }

  private void rehash() {
    long[] oldHashes = hashes;
    int[] oldSlots = slots;
    hashes = new long[oldHashes.length * 2];
    slots = new int[oldSlots.length * 2];
    int mask = hashes.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        long h = oldHashes[i];
        int at = (int) (h ^ (h >>> 32)) & mask;
        while (slots[at] != 0) {
          at = (at + 1) & mask;
        }
        hashes[at] = h;
        slots[at] = oldSlots[i];
      }
    }
  }

  /** How many observations are kept. */
  int size() {
    return size;
  }

  /** Copies dropped with the same content as the one kept. */
  long repeats() {
    return repeats;
  }

  /** Copies dropped that are the same pixel with other content. */
  long pixelCopies() {
    return pixelCopies;
  }

  /** How many kept copies a later standard copy has replaced so far. */
  long replaced() {
    return replaced;
  }

  /** As {@link DistinctDetections#alsoReadFrom()}: the kept copies with copies are read back. */
  SortedMap<ObservationId, List<Provenance>> alsoReadFrom() {
    SortedMap<ObservationId, List<Provenance>> also = new TreeMap<>();
    for (Map.Entry<Integer, List<Provenance>> e : copies.entrySet()) {
      Observation k = read(e.getKey());
      List<Provenance> list = new ArrayList<>(e.getValue());
      list.removeIf(p -> p.equals(k.provenance()));
      list.sort(Comparator.comparing(Provenance::name).thenComparingLong(Provenance::line)
          .thenComparing(Provenance::entrySha256));
      if (!list.isEmpty()) {
        also.put(k.id(), List.copyOf(list));
      }
    }
    return also;
  }

  /**
   * The kept observations sorted by event time then id, copied into a spill file of their own in
   * that order: a list that reads them from there, which later {@link #add}s leave alone. O(n log n)
   * to sort, each kept observation's bytes read and written once.
   */
  SpilledObservations sorted() {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    file.flush();
    mergeSort(order, new int[size], 0, size);
    SpillFile to = new SpillFile("trucewatch-mission-");
    try {
      long[] starts = new long[size + 1];
      for (int i = 0; i < size; i++) {
        int slot = order[i];
        int n = lengths[slot];
        if (record.length < n) {
          record = new byte[Math.max(n, record.length * 2)];
        }
        file.read(offsets[slot], n, record);
        starts[i] = to.append(record, n);
      }
      starts[size] = to.size();
      to.flush();
      return new SpilledObservations(to, starts, codec.reader());
    } catch (RuntimeException e) {
      to.close();
      throw e;
    }
  }

  /** Sorts {@code a[from, to)} by {@link #compare}; stable, with {@code tmp} as scratch. */
  private void mergeSort(int[] a, int[] tmp, int from, int to) {
    if (to - from < 2) {
      return;
    }
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid);
    mergeSort(a, tmp, mid, to);
    if (compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /** By event time, then id (as {@link ObservationId#compareTo}: its bytes unsigned). */
  private int compare(int a, int b) {
    int c = Long.compare(seconds[a], seconds[b]);
    if (c == 0) {
      c = Integer.compare(nanos[a], nanos[b]);
    }
    if (c == 0) {
      c = Long.compareUnsigned(idHigh[a], idHigh[b]);
    }
    if (c == 0 && a != b) {
      // the first 8 bytes alike: the whole ids, the record's first 32 bytes
      byte[] x = new byte[32];
      byte[] y = new byte[32];
      file.read(offsets[a], 32, x);
      file.read(offsets[b], 32, y);
      c = Arrays.compareUnsigned(x, y);
    }
    return c;
  }

  /** Closes and deletes the spill file; what {@link #sorted()} gave is left open. */
  @Override
  public void close() {
    file.close();
  }
}
