package org.trucewatch.engine.mission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of records appended one after another and read back by position, for what a
 * mission holds on disk instead of in memory. The file is created in the system's temporary
 * directory and opened to be deleted on close: on POSIX systems it has no name from the start (the
 * space comes back when the file is closed or the process exits, however it exits), elsewhere it
 * is deleted on close or at exit. Closed when {@link #close()}d or, failing that, once unreachable.
 *
 * <p>Appends go through a buffer of {@link #BUFFER} bytes; a record is read from the buffer while
 * it is there. Appending is not thread-safe; reads of records already on disk ({@link #read}
 * before {@link #flush}, or after appending stopped) may run concurrently: they are positional.
 */
final class SpillFile implements AutoCloseable {
  /** The append buffer's size, bytes. */
  static final int BUFFER = 1 << 20;

  private static final Cleaner CLEANER = Cleaner.create();

  private final FileChannel channel;
  private final Cleaner.Cleanable closer;
  private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);
  private long flushed;

  /** An empty file in the system's temporary directory, named with {@code prefix}. */
  SpillFile(String prefix) {
    try {
      Path path = Files.createTempFile(prefix, ".spill");
      FileChannel ch;
      try {
        ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(path);
        throw e;
      }
      channel = ch;
      // the cleaning action holds the channel only, never this file: else it would never be unreachable
      closer = CLEANER.register(this, () -> closeQuietly(ch));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spill file in " + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /** Appends {@code length} bytes of {@code bytes}; returns the offset they start at. */
  long append(byte[] bytes, int length) {
    long at = size();
    if (length > pending.remaining()) {
      flush();
    }
    if (length > pending.capacity()) {
      write(ByteBuffer.wrap(bytes, 0, length));
    } else {
      pending.put(bytes, 0, length);
    }
    return at;
  }

  /** The bytes appended so far. */
  long size() {
    return flushed + pending.position();
  }

  /** Writes what is buffered to the file. */
  void flush() {
    pending.flip();
    write(pending);
    pending.clear();
  }

  private void write(ByteBuffer b) {
    try {
      while (b.hasRemaining()) {
        flushed += channel.write(b, flushed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the spill file", e);
    }
  }

  /** Reads {@code length} bytes from {@code offset} into {@code into} from its start. */
  void read(long offset, int length, byte[] into) {
    if (offset >= flushed) {
      // still in the buffer: records are appended whole, either side of a flush
      System.arraycopy(pending.array(), (int) (offset - flushed), into, 0, length);
      return;
    }
    readFromDisk(offset, ByteBuffer.wrap(into, 0, length));
  }

  /**
   * Reads from {@code offset} until {@code into} is full or the file ends, from disk only: call
   * {@link #flush()} first. Returns how many bytes were read.
   */
  int readFromDisk(long offset, ByteBuffer into) {
    int start = into.position();
    try {
      while (into.hasRemaining()) {
        int n = channel.read(into, offset + into.position() - start);
        if (n < 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spill file", e);
    }
    return into.position() - start;
  }

  /** Closes and deletes the file. */
  @Override
  public void close() {
    closer.clean();
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // a temporary file: nothing to do but let the system reclaim it
    }
  }
}
