package org.trucewatch.core.observation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The content address of an observation: the SHA-256 of its canonical form, in hex. Two
 * observations with the same content have the same id wherever they came in, which is how
 * repeated inputs are recognised.
 *
 * @param hex 64 lower-case hex digits
 */
public record ObservationId(String hex) implements Comparable<ObservationId> {
  /** Checks the form. */
  public ObservationId {
    Objects.requireNonNull(hex, "hex");
    if (!isLowerHex64(hex)) {
      throw new IllegalArgumentException("observation id must be 64 hex digits: " + hex);
    }
  }

  /** Whether {@code s} is 64 lower-case hex digits (by hand: a regex here was compiled per id). */
  private static boolean isLowerHex64(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** The id of this canonical text. */
  public static ObservationId ofCanonical(String canonical) {
    return new ObservationId(sha256Hex(canonical));
  }

  /** SHA-256 of UTF-8 text, lower-case hex. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }

  /** The first 12 hex digits, for people. */
  public String shortForm() {
    return hex.substring(0, 12);
  }

  @Override
  public int compareTo(ObservationId o) {
    return hex.compareTo(o.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
