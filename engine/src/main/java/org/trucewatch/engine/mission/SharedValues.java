package org.trucewatch.engine.mission;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.core.observation.Observation;

/**
 * One copy of each short attribute value and source id for the observations a mission holds: a
 * FIRMS detection's ten values (confidence, satellite, version, scan, brightness, ...) repeat across
 * the mission but are read as new strings each row, half of what a held detection weighs. Values
 * longer than {@link #MAX_LENGTH} (free text, lists of ids) are left as they are, and the pool stops
 * growing at {@link #MAX_VALUES}, so it stays small however long the mission. Not thread-safe.
 */
final class SharedValues {
  /** Longer values are seldom repeated. */
  static final int MAX_LENGTH = 24;
  /** The pool's bound: past it, values already pooled are still shared. */
  static final int MAX_VALUES = 1 << 18;

  private final Map<String, String> pool = new HashMap<>();

  /** The observation with its values shared; the same observation when there was nothing to share. */
  Observation share(Observation o) {
    TreeMap<String, String> attributes = new TreeMap<>();
    boolean changed = false;
    for (Map.Entry<String, String> e : o.attributes().entrySet()) {
      String v = shared(e.getValue());
      changed |= v != e.getValue();
      attributes.put(e.getKey(), v);
    }
    String source = shared(o.sourceId());
    if (!changed && source == o.sourceId()) {
      return o;
    }
    // the same content: the id stays the content's own
    return new Observation(o.id(), source, o.kind(), o.eventTime(), o.geometry(), o.uncertaintyMetres(),
        o.credibility(), attributes, o.casualties(), o.provenance());
  }

  private String shared(String v) {
    if (v.length() > MAX_LENGTH) {
      return v;
    }
    String held = pool.get(v);
    if (held != null) {
      return held;
    }
    if (pool.size() < MAX_VALUES) {
      pool.put(v, v);
    }
    return v;
  }
}
