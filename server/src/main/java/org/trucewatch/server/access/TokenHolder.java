package org.trucewatch.server.access;

import java.time.Instant;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who a token belongs to and what it allows; never the secret itself.
 *
 * @param id the token's public id, the part before the secret
 * @param name who holds it, e.g. {@code analyst-anna} or {@code ua-navy-feed}; recorded with every
 *     write it makes
 * @param role what it may do
 * @param sources for a contributor, the source ids it may push observations for; empty otherwise
 * @param issuedAt when it was issued (UTC)
 */
public record TokenHolder(String id, String name, Role role, SortedSet<String> sources, Instant issuedAt) {
  /** Checks the fields and freezes the sources. */
  public TokenHolder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(issuedAt, "issuedAt");
    sources = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(sources));
  }
}
