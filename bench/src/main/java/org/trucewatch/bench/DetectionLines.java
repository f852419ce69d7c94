package org.trucewatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a detections file of {@link SiteMatchFiles} ({@code id,lon,lat,scan,track}, optionally
 * followed by {@code ,fp}) as bytes, in blocks of 4 MB: each line's second to fifth fields are
 * parsed in place by {@link
 * AsciiDecimal} (the same doubles as {@code Double.parseDouble}), the rest of the line is skipped,
 * and no {@code String} is made.
 */
final class DetectionLines {
  private static final int BLOCK = 1 << 22;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private DetectionLines() {}

  /** What each detection line is handed to. */
  interface Sink {
    /** One line's pixel centre (degrees) and size (km). */
    void accept(double lon, double lat, double scanKm, double trackKm);
  }

  /**
   * Hands every data line of {@code file} (the header skipped) to {@code sink}, in file order.
   *
   * @throws IOException when the file cannot be read or a line has fewer than five fields
   */
  static void read(Path file, Sink sink) throws IOException {
    byte[] buf = new byte[BLOCK];
    int filled = 0;
    boolean header = true;
    long lineNo = 0;
    int[] commas = new int[5];
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int n = in.read(buf, filled, buf.length - filled);
        boolean eof = n < 0;
        if (!eof) {
          filled += n;
        }
        int start = 0;
        while (true) {
          int end = indexOf(buf, (byte) '\n', start, filled);
          if (end < 0) {
            if (eof && start < filled) {
              end = filled;
            } else {
              break;
            }
          }
          lineNo++;
          if (header) {
            header = false;
          } else if (end > start) {
            int found = 0;
            for (int i = start; i < end && found < 5; i++) {
              if (buf[i] == ',') {
                commas[found++] = i;
              }
            }
            if (found < 4) {
              throw new IOException(file + ":" + lineNo + ": fewer than five fields");
            }
            int trackEnd = found == 5 ? commas[4] : end;
            sink.accept(AsciiDecimal.parse(buf, commas[0] + 1, commas[1]), AsciiDecimal.parse(buf, commas[1] + 1, commas[2]),
                AsciiDecimal.parse(buf, commas[2] + 1, commas[3]), AsciiDecimal.parse(buf, commas[3] + 1, trackEnd));
          }
          start = end + 1;
        }
        if (eof) {
          return;
        }
        System.arraycopy(buf, start, buf, 0, filled - start);
        filled -= start;
        if (filled == buf.length) {
          throw new IOException(file + ":" + (lineNo + 1) + ": line longer than " + BLOCK + " bytes");
        }
      }
    }
  }

  /**
   * The first {@code value} in {@code b[from, to)}, or -1: eight bytes at a time, a byte equal to
   * {@code value} found as a zero byte of the word XOR the value repeated (the lowest flagged byte
   * is always a true one: a false flag needs a borrow from a lower zero byte).
   */
  private static int indexOf(byte[] b, byte value, int from, int to) {
    long pattern = (value & 0xffL) * 0x0101010101010101L;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
