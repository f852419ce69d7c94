package org.trucewatch.engine.mission;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.Spliterators;
import org.trucewatch.core.observation.Observation;

/**
 * A mission's observations read from a spill file, in the file's order (event time, then id, as
 * {@link SpilledDetections#sorted()} wrote them): an unmodifiable list that holds an offset per
 * observation (8 bytes) and nothing of the observations themselves. Each {@link #get} and each
 * step of an iteration decodes an observation anew; nothing is cached, so every pass over the list
 * costs a decoding of every observation (about a microsecond each) and the observations a caller
 * does not keep are garbage at once.
 *
 * <p>Iteration reads the file in large sequential blocks; {@link #get} reads one record. Thread-safe
 * (reads are positional). {@link #close()} deletes the file; a list not closed is closed once
 * unreachable, and the file deleted at exit.
 */
final class SpilledObservations extends AbstractList<Observation> implements RandomAccess, AutoCloseable {
  /** The block iteration reads at a time, bytes. */
  static final int BLOCK = 1 << 18;

  private final SpillFile file;
  private final long[] starts;
  private final ObservationCodec.Reader codec;

  /** The observations of {@code file} whose bytes start at {@code starts} (one more: where the last ends). */
  SpilledObservations(SpillFile file, long[] starts, ObservationCodec.Reader codec) {
    this.file = file;
    this.starts = starts;
    this.codec = codec;
  }

  @Override
  public int size() {
    return starts.length - 1;
  }

  @Override
  public Observation get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size());
    }
    int n = (int) (starts[index + 1] - starts[index]);
    byte[] bytes = new byte[n];
    file.read(starts[index], n, bytes);
    return codec.decode(bytes, 0, n);
  }

  /** Decodes one observation at a time, reading the file sequentially. */
  @Override
  public Iterator<Observation> iterator() {
    return new Iterator<>() {
      private final ByteBuffer block = ByteBuffer.allocate(BLOCK).limit(0);
      private long blockStart;
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Observation next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long from = starts[next];
        int n = (int) (starts[next + 1] - from);
        next++;
        if (from < blockStart || from + n > blockStart + block.limit()) {
          if (n > BLOCK) {
            byte[] big = new byte[n];
            file.read(from, n, big);
            return codec.decode(big, 0, n);
          }
          block.clear();
          blockStart = from;
          file.readFromDisk(from, block);
          block.flip();
        }
        return codec.decode(block.array(), (int) (from - blockStart), n);
      }
    };
  }

  /** Sequential, as {@link #iterator()}: a random-access list's default spliterator would {@link #get} each. */
  @Override
  public Spliterator<Observation> spliterator() {
    return Spliterators.spliterator(iterator(), size(),
        Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
  }

  /** Closes and deletes the spill file; the list cannot be read after. */
  @Override
  public void close() {
    file.close();
  }
}
