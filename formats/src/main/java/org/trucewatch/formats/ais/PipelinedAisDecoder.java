package org.trucewatch.formats.ais;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Decodes AIS NMEA text on a thread of its own and hands the messages and problems to the
 * calling thread in input order: reading, framing and decoding on one core, whatever the sink
 * does (encoding, writing) on another.
 *
 * <p>The sink and the problem listener see exactly the calls {@link AisDecoder#withContext}
 * would make, in the same order and on the calling thread, so a sink that writes output writes
 * the same bytes as a single-threaded decode and need not be thread-safe. Messages travel in
 * batches of reused context slots; at most {@value #BATCHES} batches are in flight, so memory stays
 * bounded however fast the input comes. A batch is handed over when it is full and after every
 * block the input returns, so a live stream is not held back waiting for a full batch.
 */
public final class PipelinedAisDecoder {
  /** Messages (and problems) per batch. */
  static final int DEFAULT_BATCH = 1_024;

  /** Batches in flight between the two threads. */
  static final int BATCHES = 8;

  private final AisDecoder.MessageSink sink;
  private final Consumer<AisDecoder.LineProblem> problems;
  private final int batchSize;

  /**
   * A decoder.
   *
   * @param sink receives each message with its context (reused: copy what you keep), in input order
   * @param problems receives each problem, in input order
   */
  public PipelinedAisDecoder(AisDecoder.MessageSink sink, Consumer<AisDecoder.LineProblem> problems) {
    this(sink, problems, DEFAULT_BATCH);
  }

  PipelinedAisDecoder(AisDecoder.MessageSink sink, Consumer<AisDecoder.LineProblem> problems, int batchSize) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.problems = Objects.requireNonNull(problems, "problems");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    this.batchSize = batchSize;
  }

  /**
   * Reads every line of {@code in} (as {@link AisDecoder#readAll(InputStream)}) and returns once
   * the sink has had every message.
   *
   * @return the totals of the decoding
   * @throws IOException when reading fails; what came before it has been handed over
   */
  public AisDecodeCounts readAll(InputStream in) throws IOException {
    Transfer transfer = new Transfer(batchSize);
    Thread reader = new Thread(() -> transfer.produce(in), "trucewatch-ais-decode");
    // a reader blocked on a stream that never ends (standard input) must not keep the JVM alive
    // after the caller gives up
    reader.setDaemon(true);
    reader.start();
    boolean done = false;
    try {
      for (Batch b = transfer.full.take(); b != Batch.END; b = transfer.full.take()) {
        b.deliver(sink, problems);
        transfer.free.add(b);
      }
      reader.join();
      done = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while decoding AIS");
    } finally {
      if (!done) {
        reader.interrupt();
      }
    }
    if (transfer.failure != null) {
      if (transfer.failure instanceof IOException e) {
        throw e;
      } else if (transfer.failure instanceof RuntimeException e) {
        throw e;
      } else if (transfer.failure instanceof Error e) {
        throw e;
      }
      throw new UncheckedIOException(new IOException(transfer.failure));
    }
    return transfer.counts;
  }

  /** The queues between the two threads and what the reading thread leaves behind. */
  private static final class Transfer {
    final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    final int batchSize;
    Batch filling;
    // written before END is queued, read after it is taken: the queue orders them
    AisDecodeCounts counts;
    Throwable failure;

    Transfer(int batchSize) {
      this.batchSize = batchSize;
      for (int i = 0; i < BATCHES; i++) {
        free.add(new Batch(batchSize));
      }
    }

    void produce(InputStream in) {
      try {
        try {
          AisDecoder decoder = AisDecoder.withContext(this::message, this::problem);
          filling = free.take();
          decoder.readAll(in, this::handOver);
          handOver();
          counts = decoder.counts();
        } catch (InterruptedException | UncheckedInterrupt e) {
          return; // the caller gave up and takes nothing more
        } catch (Throwable t) {
          failure = t;
          if (filling != null && filling.size > 0) {
            full.put(filling); // what came before the failure
          }
        }
        full.put(Batch.END);
      } catch (InterruptedException e) {
        // the caller gave up
      }
    }

    private void message(AisMessage m, AisSentenceContext c) {
      filling.add(m, c);
      if (filling.size == batchSize) {
        handOver();
      }
    }

    private void problem(AisDecoder.LineProblem p) {
      filling.add(p, null);
      if (filling.size == batchSize) {
        handOver();
      }
    }

    private void handOver() {
      if (filling.size == 0) {
        return;
      }
      try {
        full.put(filling);
        filling = null;
        filling = free.take();
      } catch (InterruptedException e) {
        throw new UncheckedInterrupt();
      }
    }
  }

  /** Thrown through the decoder's callbacks when the caller has given up. */
  private static final class UncheckedInterrupt extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedInterrupt() {
      super(null, null, false, false);
    }
  }

  /** Messages and problems in input order, with a context slot per message. */
  private static final class Batch {
    static final Batch END = new Batch(0);

    final Object[] items;
    final AisSentenceContext[] contexts;
    int size;

    Batch(int capacity) {
      items = new Object[capacity];
      contexts = new AisSentenceContext[capacity];
      for (int i = 0; i < capacity; i++) {
        contexts[i] = new AisSentenceContext();
      }
    }

    void add(Object item, AisSentenceContext context) {
      items[size] = item;
      if (context != null) {
        contexts[size].copyFrom(context);
      }
      size++;
    }

    void deliver(AisDecoder.MessageSink sink, Consumer<AisDecoder.LineProblem> problems) {
      for (int i = 0; i < size; i++) {
        Object item = items[i];
        items[i] = null;
        if (item instanceof AisMessage m) {
          sink.message(m, contexts[i]);
        } else {
          problems.accept((AisDecoder.LineProblem) item);
        }
      }
      size = 0;
    }
  }
}
