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

  private final long[] entries;

  private NameIndex(long[] entries) {
    this.entries = entries;
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
    int from = lowerBound(prefix);
    int to = from;
    while (to < entries.length && (entries[to] & ~RANK_MASK) == prefix) {
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

  private int lowerBound(long value) {
    int lo = 0;
    int hi = entries.length;
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
