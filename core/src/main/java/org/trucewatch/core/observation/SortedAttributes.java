package org.trucewatch.core.observation;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An observation's attributes as an immutable sorted map held in two arrays (keys in natural
 * order, values beside them), looked up by binary search: the map a tree would give, at about a
 * third of a {@code TreeMap}'s weight, which counts when a mission holds a year of detections.
 * Views ({@link #headMap} and the like) are copies. Thread-safe.
 */
final class SortedAttributes extends AbstractMap<String, String> implements SortedMap<String, String>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final SortedAttributes EMPTY = new SortedAttributes(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private SortedAttributes(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The map's entries in key order; rejects a null key as a tree of strings would. */
  static SortedAttributes copyOf(Map<String, String> map) {
    if (map instanceof SortedAttributes s) {
      return s;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, String> sorted = map instanceof TreeMap<String, String> t && t.comparator() == null ? t : new TreeMap<>(map);
    String[] k = new String[sorted.size()];
    String[] v = new String[sorted.size()];
    int i = 0;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      k[i] = java.util.Objects.requireNonNull(e.getKey(), "attribute key");
      v[i] = e.getValue();
      i++;
    }
    return new SortedAttributes(k, v);
  }

  private int index(Object key) {
    return key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    java.util.Objects.requireNonNull(key, "key");
    return index(key) >= 0;
  }

  @Override
  public String get(Object key) {
    java.util.Objects.requireNonNull(key, "key");
    int i = index(key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public SortedMap<String, String> subMap(String fromKey, String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
  }

  @Override
  public SortedMap<String, String> headMap(String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
  }

  @Override
  public SortedMap<String, String> tailMap(String fromKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
  }

  @Override
  public String firstKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[0];
  }

  @Override
  public String lastKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[keys.length - 1];
  }
}
