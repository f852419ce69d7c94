package org.trucewatch.core.source;

import java.util.Objects;
import java.util.Optional;

/**
 * Where observations come from: a sensor, a contributing agency, a party's spokesperson, a news
 * channel. Sources are graded for reliability by the mission, not by themselves.
 *
 * @param id stable identifier, lower-case, used in every observation from this source
 * @param name human-readable name
 * @param reliability the mission's grade of this source
 * @param affiliation the party this source belongs to or speaks for, if any; independence of
 *     corroboration is judged on it (two sources of one party are not independent of each other)
 */
public record Source(String id, String name, Reliability reliability, Optional<String> affiliation) {

  /** Checks the fields. */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reliability, "reliability");
    Objects.requireNonNull(affiliation, "affiliation");
    if (id.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank");
    }
  }

  /** A source nobody has graded: reliability F, no affiliation. */
  public static Source ungraded(String id) {
    return new Source(id, id, Reliability.F, Optional.empty());
  }

  /**
   * The key by which corroboration counts sources as independent: the affiliation when there is
   * one, else the source itself.
   */
  public String independenceKey() {
    return affiliation.map(a -> "party:" + a).orElse("source:" + id);
  }
}
