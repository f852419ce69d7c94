package org.trucewatch.server.access;

import java.util.Objects;

/**
 * A token just issued: the only moment its secret exists outside the holder's hands.
 *
 * @param holder what the token allows
 * @param token the bearer token to hand over, {@code tw_<id>_<secret>}
 */
public record IssuedToken(TokenHolder holder, String token) {
  /** Checks the fields. */
  public IssuedToken {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(token, "token");
  }
}
