package org.trucewatch.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-checks a ledger's entries, fed one by one in stored seq order, and then its signed
 * checkpoints. The same checks for every store (SQLite, PostgreSQL, an exported bundle), so a
 * tampered ledger is reported the same way wherever it lives.
 */
public final class ChainVerifier {
  private final Checkpoint cited;
  private final Set<Long> wantedHeads = new TreeSet<>();
  private final Map<Long, String> chainHashAt = new HashMap<>();
  private final List<BrokenEntry> broken = new ArrayList<>();
  private long expectedSeq = 1;
  private long checked;
  private String previousChainHash = ChainHash.GENESIS;

  /**
   * A verifier.
   *
   * @param cited a checkpoint an output cited, or null
   * @param signed the signed checkpoints whose heads must lie on the chain
   */
  public ChainVerifier(Checkpoint cited, List<SignedCheckpoint> signed) {
    this.cited = cited;
    if (cited != null) {
      wantedHeads.add(cited.entryCount());
    }
    for (SignedCheckpoint s : signed) {
      wantedHeads.add(s.checkpoint().entryCount());
    }
  }

  /** Checks the next stored entry, whose stored bytes are {@code raw}. */
  public void accept(
      long seq,
      String name,
      String format,
      String sha256,
      long sizeBytes,
      String previous,
      String chainHash,
      byte[] raw) {
    accept(seq, name, format, sha256, sizeBytes, previous, chainHash, ChainHash.sha256Hex(raw), raw.length);
  }

  /**
   * Checks the next stored entry, whose stored bytes were hashed as they were read (a large entry,
   * never held whole): {@code actualSha256} and {@code actualLength} are their SHA-256 and length.
   */
  public void accept(
      long seq,
      String name,
      String format,
      String sha256,
      long sizeBytes,
      String previous,
      String chainHash,
      String actualSha256,
      long actualLength) {
    checked++;
    if (seq != expectedSeq) {
      broken.add(
          new BrokenEntry(
              expectedSeq,
              seq > expectedSeq
                  ? "missing: the ledger goes from entry " + (expectedSeq - 1) + " to entry " + seq
                  : "out of sequence: found seq " + seq + " where " + expectedSeq
                      + " was expected"));
    }
    if (!actualSha256.equals(sha256)) {
      broken.add(
          new BrokenEntry(
              seq,
              "stored bytes hash to " + actualSha256 + " but the entry records sha256 " + sha256));
    }
    if (actualLength != sizeBytes) {
      broken.add(
          new BrokenEntry(
              seq,
              "stored bytes are " + actualLength + " bytes long but the entry records " + sizeBytes));
    }
    if (!previous.equals(previousChainHash)) {
      broken.add(
          new BrokenEntry(
              seq,
              "previous chain hash " + previous + " does not match " + previousChainHash
                  + ", the chain hash of "
                  + (seq == 1 ? "the genesis" : "entry " + (seq - 1))));
    }
    String recomputed = ChainHash.of(previous, sha256, format, name);
    if (!recomputed.equals(chainHash)) {
      broken.add(
          new BrokenEntry(
              seq,
              "chain hash " + chainHash + " does not match " + recomputed
                  + " recomputed from the entry's fields"));
    }
    if (wantedHeads.contains(seq)) {
      chainHashAt.put(seq, chainHash);
    }
    previousChainHash = chainHash;
    expectedSeq = seq + 1;
  }

  /**
   * Finishes: checks the cited checkpoint and every signed one, and returns the report.
   *
   * @param signed the stored signed checkpoints, as given to the constructor
   * @param trusted the key signatures must be made with, or null to accept the stored keys (the
   *     report then lists which keys signed, for the reader to compare with the published one)
   */
  public VerificationReport finish(List<SignedCheckpoint> signed, LedgerPublicKey trusted) {
    long lastSeq = expectedSeq - 1;
    chainHashAt.put(0L, ChainHash.GENESIS);
    if (cited != null) {
      checkOnChain(cited, lastSeq, "the cited checkpoint");
    }
    Set<String> keys = new TreeSet<>();
    for (SignedCheckpoint s : signed) {
      long at = s.checkpoint().entryCount();
      keys.add(s.publicKey().id());
      if (!s.signatureValid()) {
        broken.add(
            new BrokenEntry(
                at,
                "the signed checkpoint at entry " + at + " has a signature that does not verify"
                    + " under key " + s.publicKey().id()));
      }
      if (trusted != null && !trusted.equals(s.publicKey())) {
        broken.add(
            new BrokenEntry(
                at,
                "the signed checkpoint at entry " + at + " is signed by key "
                    + s.publicKey().id() + ", not by the trusted key " + trusted.id()));
      }
      checkOnChain(s.checkpoint(), lastSeq, "the signed checkpoint");
    }
    broken.sort(Comparator.comparingLong(BrokenEntry::seq));
    Checkpoint storedHead =
        checked == 0 || !ChainHash.isHash(previousChainHash)
            ? Checkpoint.EMPTY
            : new Checkpoint(lastSeq, previousChainHash);
    return new VerificationReport(checked, storedHead, broken, signed.size(), List.copyOf(keys));
  }

  private void checkOnChain(Checkpoint c, long lastSeq, String what) {
    if (c.entryCount() > lastSeq) {
      broken.add(
          new BrokenEntry(
              c.entryCount(),
              what + " covers " + c.entryCount() + " entries but the ledger ends at entry "
                  + lastSeq));
      return;
    }
    String actual = chainHashAt.get(c.entryCount());
    if (actual != null && !actual.equals(c.headChainHash())) {
      broken.add(
          new BrokenEntry(
              c.entryCount(),
              c.entryCount() == 0
                  ? what + " of 0 entries has head " + c.headChainHash()
                      + " instead of the genesis " + ChainHash.GENESIS
                  : "chain hash " + actual + " differs from " + c.headChainHash() + " in " + what));
    }
  }
}
