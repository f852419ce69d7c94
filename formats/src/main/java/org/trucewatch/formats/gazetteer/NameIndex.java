package org.trucewatch.formats.gazetteer;

import java.util.Arrays;

/**
 * Names to places, held as sorted primitive entries instead of a map of strings: each entry is a
 * 40-bit hash of a name key and the 24-bit rank of a place (its position, largest first), so a
 * gazetteer of 33,000 places and 300,000 spellings costs a few megabytes and loads by one sort.
 * A hash may collide, so a lookup gives candidates that the caller confirms against the place.
 */
final class NameIndex {
  private static final int RANK_BITS = 24;
  private static final long RANK_MASK = (1L << RANK_BITS) - 1;

  /**
   * Entries per bucket of {@link #starts}, about: a lookup then searches a few cache lines instead
   * of the whole array (most lookups are of words that name no place, and a binary search over
   * 300,000 entries missed the cache at nearly every step).
   */
  private static final int BUCKET_ENTRIES_LOG2 = 4;

  private final long[] entries;
  /** Bits of an entry's top that pick its bucket. */
  private final int bucketBits;
  /**
   * Where each bucket's entries begin in {@link #entries}, one more for the end: buckets are
   * numbered in the entries' (signed) order, so the table rises with it.
   */
  private final int[] starts;

  private NameIndex(long[] entries) {
    this.entries = entries;
    this.bucketBits = Math.max(1, 63 - Long.numberOfLeadingZeros(Math.max(1, entries.length)) - BUCKET_ENTRIES_LOG2);
    this.starts = new int[(1 << bucketBits) + 1];
    int b = 0;
    for (int i = 0; i < entries.length; i++) {
      int own = bucket(entries[i]);
      while (b <= own) {
        starts[b++] = i;
      }
    }
    while (b < starts.length) {
      starts[b++] = entries.length;
    }
  }

  /** The bucket of an entry or key prefix: its top bits, the sign bit flipped to follow signed order. */
  private int bucket(long entry) {
    return (int) ((entry ^ Long.MIN_VALUE) >>> (64 - bucketBits));
  }

  /** Collects entries before they are sorted into an index. */
  static final class Builder {
    private long[] entries = new long[1 << 16];
    private int size;

    /** Adds one key of the place of this rank. */
    void add(String key, int rank) {
      if (rank > RANK_MASK) {
        throw new IllegalStateException("too many places for the name index: " + rank);
      }
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = (hash(key) << RANK_BITS) | rank;
    }

    /** The index, each (key, place) once. */
    NameIndex build() {
      long[] e = Arrays.copyOf(entries, size);
      Arrays.sort(e);
      int n = 0;
      for (int i = 0; i < e.length; i++) {
        if (n == 0 || e[n - 1] != e[i]) {
          e[n++] = e[i];
        }
      }
      return new NameIndex(Arrays.copyOf(e, n));
    }
  }

  /** The ranks of the places that may have this key, smallest rank (largest place) first. */
  int[] ranks(String key) {
    long prefix = hash(key) << RANK_BITS;
    int bucket = bucket(prefix);
    int end = starts[bucket + 1]; // a key's entries share its bucket
    int from = lowerBound(prefix, starts[bucket], end);
    int to = from;
    while (to < end && (entries[to] & ~RANK_MASK) == prefix) {
      to++;
    }
    int[] out = new int[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = (int) (entries[i] & RANK_MASK);
    }
    return out;
  }

  /** Entries held. */
  int size() {
    return entries.length;
  }

  private int lowerBound(long value, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** FNV-1a over the characters, folded to 40 bits: the same on every machine and run. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return (h ^ (h >>> 40)) & ((1L << (64 - RANK_BITS)) - 1);
  }
}
