package org.trucewatch.ledger;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How a ledger is opened.
 *
 * @param clock source of {@link LedgerEntry#receivedAt()} only; it never enters a hash
 * @param signingKey the deployment key, or empty for reading and verifying: appends then store
 *     no signed checkpoints, and {@link Ledger#signCheckpoint()} is refused
 * @param signEveryEntries a signed checkpoint is stored at every entry whose seq is a multiple of
 *     this, in the same transaction as the entry
 */
public record LedgerOptions(Clock clock, Optional<DeploymentKey> signingKey, int signEveryEntries) {
  /** Checkpoints are signed at least every this many entries unless told otherwise. */
  public static final int DEFAULT_SIGN_EVERY_ENTRIES = 1000;

  /** Checks the fields. */
  public LedgerOptions {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(signingKey, "signingKey");
    if (signEveryEntries < 1) {
      throw new IllegalArgumentException("signEveryEntries must be >= 1, was " + signEveryEntries);
    }
  }

  /** Writing with this key, signing every {@link #DEFAULT_SIGN_EVERY_ENTRIES} entries. */
  public static LedgerOptions signing(Clock clock, DeploymentKey key) {
    return new LedgerOptions(clock, Optional.of(key), DEFAULT_SIGN_EVERY_ENTRIES);
  }

  /** Reading and verifying only. */
  public static LedgerOptions readOnly(Clock clock) {
    return new LedgerOptions(clock, Optional.empty(), DEFAULT_SIGN_EVERY_ENTRIES);
  }
}
