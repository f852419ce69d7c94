package org.trucewatch.engine.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files into a folder, each streamed to {@code NAME.tmp} beside its target and moved
 * into place once complete, so a crash never leaves a half-written output behind a valid manifest
 * (the manifest is written last). Memory: one buffer, whatever the file's size.
 */
public final class AtomicFileSink implements OutputSink {
  private static final int BUFFER_BYTES = 1 << 16;

  private final Path dir;

  /** A sink writing into {@code dir}, which must exist. */
  public AtomicFileSink(Path dir) {
    this.dir = dir;
  }

  @Override
  public OutputFile write(String name, OutputBody body) throws IOException {
    Path target = dir.resolve(name);
    Path tmp = target.resolveSibling(name + ".tmp");
    HashingOutputStream hashing;
    try {
      try (OutputStream file = Files.newOutputStream(tmp)) {
        hashing = new HashingOutputStream(new BufferedOutputStream(file, BUFFER_BYTES));
        Writer out = new OutputStreamWriter(hashing, StandardCharsets.UTF_8);
        body.writeTo(out);
        out.flush();
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return new OutputFile(name, hashing.sha256Hex(), hashing.count());
  }
}
