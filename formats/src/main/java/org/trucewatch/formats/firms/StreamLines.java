package org.trucewatch.formats.firms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a stream of UTF-8 text into lines at {@code \n}, through a buffer of its own: the text is
 * never held whole. Each line is returned without its {@code \n} (a {@code \r} before it is kept,
 * for the caller). An ASCII line is cut straight from the bytes; any other is decoded with its
 * {@code \n} and the {@code \n} then dropped, so that a malformed sequence at a line's end is
 * replaced just as when the whole text is decoded at once (an ASCII byte ends a malformed sequence
 * and decodes alone). Not thread-safe.
 */
final class StreamLines {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private byte[] buf = new byte[BUFFER];
  private int start; // first byte not yet returned
  private int end; // one past the last byte read
  private int scanned; // bytes from start known to hold no '\n'
  private boolean eof;

  StreamLines(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end of the stream; a final line without {@code \n} counts. */
  String next() throws IOException {
    while (true) {
      for (int i = start + scanned; i < end; i++) {
        if (buf[i] == '\n') {
          String line = decode(start, i, true);
          start = i + 1;
          scanned = 0;
          return line;
        }
      }
      scanned = end - start;
      if (eof) {
        if (start == end) {
          return null;
        }
        String line = decode(start, end, false);
        start = end;
        scanned = 0;
        return line;
      }
      fill();
    }
  }

  /** Reads more bytes, first moving the unreturned ones to the front or growing the buffer for a long line. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, end, buf.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  /** The text of bytes {@code from} to {@code to}; {@code newline}: a {@code \n} follows them at {@code to}. */
  private String decode(int from, int to, boolean newline) {
    for (int i = from; i < to; i++) {
      if (buf[i] < 0) {
        String s = new String(buf, from, to - from + (newline ? 1 : 0), StandardCharsets.UTF_8);
        return newline ? s.substring(0, s.length() - 1) : s;
      }
    }
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
