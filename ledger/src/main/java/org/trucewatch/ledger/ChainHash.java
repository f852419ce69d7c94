package org.trucewatch.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ledger's hash chain, specified so that anyone can recompute it with {@code sha256sum}.
 *
 * <p>For entry {@code n} (1-based):
 *
 * <pre>
 * chainHash(n) = hex(SHA-256(UTF-8(
 *     "trucewatch-ledger/1\n"
 *   + previousChainHash + "\n"
 *   + sha256 + "\n"
 *   + format + "\n"
 *   + name + "\n")))
 * </pre>
 *
 * where {@code previousChainHash} is {@code chainHash(n-1)}, or {@link #GENESIS} (64 zeros) for
 * the first entry, {@code sha256} is the lower-case hex SHA-256 of the entry's raw bytes, and
 * all hashes are written as 64 lower-case hex digits. The time an input was received is
 * deliberately not hashed: two runs over the same inputs in the same order reach the same head.
 * In a shell:
 *
 * <pre>
 * sha=$(sha256sum &lt; file | cut -c1-64)
 * printf 'trucewatch-ledger/1\n%s\n%s\n%s\n%s\n' "$previous" "$sha" "$format" "$name" | sha256sum
 * </pre>
 */
public final class ChainHash {
  /** The previous chain hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  /** The first line of every hashed record; a new chain layout gets a new version here. */
  public static final String DOMAIN = "trucewatch-ledger/1";

  private static final HexFormat HEX = HexFormat.of();

  private ChainHash() {}

  /** The chain hash of an entry, from the formula in the class comment. */
  public static String of(String previousChainHash, String sha256, String format, String name) {
    String record =
        DOMAIN + "\n" + previousChainHash + "\n" + sha256 + "\n" + format + "\n" + name + "\n";
    return sha256Hex(record.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of the bytes, as {@code sha256sum} prints it. */
  public static String sha256Hex(byte[] bytes) {
    return HEX.formatHex(sha256().digest(bytes));
  }

  /** True if the text is 64 lower-case hex digits, the only form the ledger writes. */
  public static boolean isHash(String text) {
    if (text == null || text.length() != 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
