package org.trucewatch.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An entry's bytes as read, checked against the entry: hashed as they pass, and at the end of the
 * stream their SHA-256 and length must be the ones the entry records, or reading fails with a
 * {@link LedgerException} naming the ledger, the entry's seq and its name. A reader that stops
 * before the end gets no check (it has not seen the whole entry).
 */
final class CheckedEntryStream extends InputStream {
  private final InputStream bytes;
  private final String location;
  private final long seq;
  private final String name;
  private final String sha256;
  private final long sizeBytes;
  private final MessageDigest digest;
  private long read;
  private boolean checked;

  /**
   * A stream of {@code bytes}, checked against entry {@code seq} of the ledger at {@code location},
   * which records {@code name}, {@code sha256} and {@code sizeBytes}.
   */
  CheckedEntryStream(InputStream bytes, String location, long seq, String name, String sha256, long sizeBytes) {
    this.bytes = bytes;
    this.location = location;
    this.seq = seq;
    this.name = name;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = bytes.read(b, off, len);
    if (n < 0) {
      check();
      return -1;
    }
    digest.update(b, off, n);
    read += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    bytes.close();
  }

  private void check() {
    if (checked) {
      return;
    }
    checked = true;
    String actual = HexFormat.of().formatHex(digest.digest());
    if (!actual.equals(sha256) || read != sizeBytes) {
      throw new LedgerException(
          location + ": entry " + seq + " (" + name + ") is damaged: its stored bytes hash to " + actual
              + " (" + read + " bytes) but the entry records sha256 " + sha256 + " (" + sizeBytes
              + " bytes); `trucewatch verify` reports the whole ledger");
    }
  }
}
