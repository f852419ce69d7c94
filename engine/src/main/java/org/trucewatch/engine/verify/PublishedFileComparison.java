package org.trucewatch.engine.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.engine.publish.HashingOutputStream;
import org.trucewatch.engine.publish.OutputBody;
import org.trucewatch.engine.publish.OutputFile;
import org.trucewatch.engine.publish.OutputSink;

/**
 * An output sink that keeps nothing: each re-computed file is compared byte by byte with the
 * published one as it is written, remembering where they first differ.
 */
final class PublishedFileComparison implements OutputSink {
  /**
   * How one re-computed file compares.
   *
   * @param file its name, SHA-256 and size as re-computed
   * @param missing whether nothing of that name was published
   * @param difference where the published file first differs, empty when byte-identical
   */
  record Compared(OutputFile file, boolean missing, Optional<String> difference) {}

  private final Map<String, byte[]> published;
  private final List<Compared> compared = new ArrayList<>();

  PublishedFileComparison(Map<String, byte[]> published) {
    this.published = published;
  }

  @Override
  public OutputFile write(String name, OutputBody body) throws IOException {
    byte[] have = published.get(name);
    Comparing comparing = new Comparing(have == null ? new byte[0] : have);
    HashingOutputStream hashing = new HashingOutputStream(comparing);
    Writer out = new OutputStreamWriter(hashing, StandardCharsets.UTF_8);
    body.writeTo(out);
    out.flush();
    OutputFile file = new OutputFile(name, hashing.sha256Hex(), hashing.count());
    compared.add(new Compared(file, have == null, have == null ? Optional.empty() : comparing.difference()));
    return file;
  }

  /** Every file compared, in the order written. */
  List<Compared> compared() {
    return List.copyOf(compared);
  }

  /** Compares the bytes written with the published ones as they come. */
  private static final class Comparing extends OutputStream {
    private final byte[] have;
    private long position;
    private long line = 1;
    private String firstDifference;

    Comparing(byte[] have) {
      this.have = have;
    }

    @Override
    public void write(int b) {
      if (firstDifference == null) {
        if (position >= have.length) {
          // the published file ended first: reported by length below
          position++;
          return;
        }
        if (have[(int) position] != (byte) b) {
          firstDifference = "first difference at byte " + position + " (line " + line + ")";
        } else if (b == '\n') {
          line++;
        }
      }
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }

    Optional<String> difference() {
      if (firstDifference != null) {
        return Optional.of(firstDifference);
      }
      if (have.length != position) {
        return Optional.of("published is " + have.length + " bytes, re-computed is " + position);
      }
      return Optional.empty();
    }
  }
}
