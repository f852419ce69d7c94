package org.trucewatch.server.access;

import java.util.Locale;
import java.util.Optional;

/** What a token's holder may do on the server. Roles do not nest: each route lists the roles it admits. */
public enum Role {
  /** A contributing party's feed: pushes inputs for its own sources, reads nothing. */
  CONTRIBUTOR,
  /** Mission analyst: reads everything published and triages incidents (confirm, dispute, note). */
  ANALYST,
  /** Reads published incidents and findings. */
  OBSERVER,
  /** Manages sources, their grades and tokens. */
  ADMIN;

  /** Lower-case code used in the API and the token store. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role with this code, if any. */
  public static Optional<Role> ofCode(String code) {
    for (Role r : values()) {
      if (r.code().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
