package org.trucewatch.engine.publish;

import java.io.IOException;

/**
 * Where a run's output files go, each written as it is produced: a folder for {@code run}
 * ({@link AtomicFileSink}), a byte-by-byte comparison with the published files for {@code
 * verify}. No output is held whole in memory on the way.
 */
public interface OutputSink {
  /**
   * Writes one output file by handing {@code body} a UTF-8 writer, and returns its name, SHA-256
   * and size. The file counts as written only once {@code body} returns normally.
   *
   * @throws IOException when the file cannot be written
   */
  OutputFile write(String name, OutputBody body) throws IOException;
}
