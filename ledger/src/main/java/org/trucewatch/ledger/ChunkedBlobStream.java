package org.trucewatch.ledger;

import java.io.InputStream;

/**
 * A stored blob of known length read a chunk at a time, so that only one chunk is held: for a
 * database whose driver hands a blob over only whole (see {@link JdbcLedger#open}). Ends early if
 * a chunk comes back shorter than asked (the blob is shorter than recorded); {@link
 * CheckedEntryStream} then reports it.
 */
final class ChunkedBlobStream extends InputStream {
  /** Reads {@code length} bytes of the blob from 0-based {@code offset}, fewer at its end. */
  interface ChunkReader {
    byte[] read(long offset, int length);
  }

  private final ChunkReader reader;
  private final long size;
  private final int chunkSize;
  private byte[] chunk = new byte[0];
  private int position;
  private long offset;
  private boolean ended;

  ChunkedBlobStream(ChunkReader reader, long size, int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
    }
    this.reader = reader;
    this.size = size;
    this.chunkSize = chunkSize;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (position == chunk.length && !next()) {
      return -1;
    }
    int n = Math.min(len, chunk.length - position);
    System.arraycopy(chunk, position, b, off, n);
    position += n;
    return n;
  }

  private boolean next() {
    if (ended || offset >= size) {
      return false;
    }
    int asked = (int) Math.min(chunkSize, size - offset);
    byte[] got = reader.read(offset, asked);
    chunk = got == null ? new byte[0] : got;
    position = 0;
    offset += chunk.length;
    ended = chunk.length < asked;
    return chunk.length > 0;
  }

  @Override
  public int available() {
    return chunk.length - position;
  }

  @Override
  public void close() {
    chunk = new byte[0];
    position = 0;
    ended = true;
  }
}
