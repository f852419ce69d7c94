package org.trucewatch.core.source;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sources known to a run, by id. A source that is not listed is treated as ungraded
 * (reliability F) rather than rejected: an unknown source still counts as evidence, honestly
 * graded.
 */
public final class SourceDirectory {
  private final Map<String, Source> byId;

  /** A directory of these sources; a later source with the same id replaces an earlier one. */
  public SourceDirectory(Collection<Source> sources) {
    TreeMap<String, Source> m = new TreeMap<>();
    for (Source s : sources) {
      m.put(s.id(), s);
    }
    this.byId = Collections.unmodifiableMap(m);
  }

  /** The source with this id, or an ungraded one when none is listed. */
  public Source lookup(String id) {
    Source s = byId.get(id);
    return s != null ? s : Source.ungraded(id);
  }

  /** All listed sources, sorted by id. */
  public Collection<Source> all() {
    return byId.values();
  }
}
