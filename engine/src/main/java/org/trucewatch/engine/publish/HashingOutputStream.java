package org.trucewatch.engine.publish;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes on while taking their SHA-256 and count, so a streamed file's manifest entry needs no second read. */
public final class HashingOutputStream extends FilterOutputStream {
  private final MessageDigest sha256;
  private long count;

  /** Hashes what goes to {@code out}. */
  public HashingOutputStream(OutputStream out) {
    super(out);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha256.update((byte) b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    sha256.update(b, off, len);
    count += len;
  }

  /** The bytes passed so far. */
  public long count() {
    return count;
  }

  /** The SHA-256 (hex) of the bytes passed; call once, after the last write. */
  public String sha256Hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
