package org.trucewatch.ledger;

import java.util.Objects;

/**
 * A point on the chain that outputs cite: the first {@code entryCount} entries, summed up by the
 * chain hash of the last of them. Anyone holding the ledger can check that it leads to this head.
 *
 * @param entryCount how many entries the checkpoint covers, 0 for an empty ledger
 * @param headChainHash chain hash of entry {@code entryCount}, {@link ChainHash#GENESIS} when 0
 */
public record Checkpoint(long entryCount, String headChainHash) {
  /** The checkpoint of a ledger with no entries. */
  public static final Checkpoint EMPTY = new Checkpoint(0, ChainHash.GENESIS);

  /** Checks the fields. */
  public Checkpoint {
    if (entryCount < 0) {
      throw new IllegalArgumentException("entryCount must be >= 0, was " + entryCount);
    }
    Objects.requireNonNull(headChainHash, "headChainHash");
    if (!ChainHash.isHash(headChainHash)) {
      throw new IllegalArgumentException(
          "headChainHash must be 64 lower-case hex digits, was '" + headChainHash + "'");
    }
  }
}
