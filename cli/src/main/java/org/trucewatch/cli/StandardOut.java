package org.trucewatch.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as the UTF-8 writer commands print to, which also hands out the
 * byte stream beneath it, so that a command writing ASCII in bulk skips the character encoder.
 */
final class StandardOut extends PrintWriter {
  private final PrintStream bytes;

  StandardOut(PrintStream bytes) {
    super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    this.bytes = bytes;
  }

  /**
   * A byte stream onto {@code out}: the standard output itself (after flushing what was printed)
   * when {@code out} is it, else one that passes bytes on as ISO-8859-1 characters.
   */
  static OutputStream bytesOf(PrintWriter out) {
    if (out instanceof StandardOut s) {
      s.flush();
      return s.bytes;
    }
    return new OutputStream() {
      @Override
      public void write(int b) {
        out.write(b & 0xff);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        out.write(new String(b, off, len, StandardCharsets.ISO_8859_1));
      }

      @Override
      public void flush() {
        out.flush();
      }
    };
  }
}
