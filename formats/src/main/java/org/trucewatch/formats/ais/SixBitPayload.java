package org.trucewatch.formats.ais;

/**
 * The bits of one AIS message, reassembled from the 6-bit ASCII armour of one or more NMEA
 * sentences (ITU-R M.1371-5 and IEC 61162-1 "!--VDM"), with big-endian field readers.
 *
 * <p>Mutable and reused: a decoder holds one and refills it for every message, so the hot path
 * allocates nothing. Bits are kept in a {@code long[]}, most significant bit first, so a field of
 * up to 57 bits is read with at most two word loads. Not thread-safe.
 */
public final class SixBitPayload {
  /** The longest message is 5 slots of 256 bits; multi-sentence messages stay well below. */
  static final int MAX_BITS = 1_280 + 64;

  private final long[] words = new long[MAX_BITS / 64 + 2];
  private int bitLength;

  /** Empties the payload. */
  public void clear() {
    java.util.Arrays.fill(words, 0, (bitLength + 63) / 64 + 1, 0L);
    bitLength = 0;
  }

  /** Number of valid bits. */
  public int bitLength() {
    return bitLength;
  }

  /**
   * Appends armoured characters {@code chars[from, to)}, dropping {@code fillBits} padding bits
   * after the last one.
   *
   * @return false if a character is outside the armour alphabet or the payload would overflow;
   *     the payload is then left partially filled and should be cleared
   */
  public boolean append(byte[] chars, int from, int to, int fillBits) {
    if (bitLength + (to - from) * 6 > MAX_BITS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      int c = chars[i] & 0xff;
      // armour: '0'..'W' is 0..39, '`'..'w' is 40..63 (IEC 61162-1 table 7)
      int v = c - 48;
      if (v > 40) {
        v -= 8;
      }
      if (c < 48 || c > 119 || (c > 87 && c < 96)) {
        return false;
      }
      put6(v);
    }
    bitLength -= fillBits;
    if (bitLength < 0) {
      bitLength = 0;
    }
    return true;
  }

  private void put6(int v) {
    int word = bitLength >>> 6;
    int offset = bitLength & 63;
    int shift = 58 - offset;
    if (shift >= 0) {
      words[word] |= ((long) v) << shift;
    } else {
      words[word] |= ((long) v) >>> -shift;
      words[word + 1] |= ((long) v) << (64 + shift);
    }
    bitLength += 6;
  }

  /**
   * The unsigned value of bits {@code [start, start + length)}, 1 to 57 bits. A field cut short by
   * the end of the payload yields the bits there are, right-aligned (0 when none), as gpsd reads
   * truncated messages; fill bits are never read.
   */
  public long unsigned(int start, int length) {
    if (start + length > bitLength) {
      length = bitLength - start;
      if (length <= 0) {
        return 0;
      }
    }
    int word = start >>> 6;
    int offset = start & 63;
    long v;
    if (offset + length <= 64) {
      v = words[word] >>> (64 - offset - length);
    } else {
      int rest = offset + length - 64;
      v = (words[word] << rest) | (words[word + 1] >>> (64 - rest));
    }
    return v & ((1L << length) - 1);
  }

  /** {@link #unsigned} as an int, for fields of up to 31 bits. */
  public int bits(int start, int length) {
    return (int) unsigned(start, length);
  }

  /** The two's complement signed value of bits {@code [start, start + length)}. */
  public int signed(int start, int length) {
    long v = unsigned(start, length);
    return (int) ((v << (64 - length)) >> (64 - length));
  }

  /** Whether bit {@code index} is set. */
  public boolean flag(int index) {
    return unsigned(index, 1) != 0;
  }

  /**
   * The 6-bit text of {@code chars} characters from {@code start}, with the trailing {@code @}
   * padding and spaces removed (ITU-R M.1371-5 table 47); characters past the end of the payload
   * are dropped.
   */
  public String text(int start, int chars) {
    int available = Math.max(0, Math.min(chars, (bitLength - start) / 6));
    char[] out = new char[available];
    int n = 0;
    for (int i = 0; i < available; i++) {
      int v = bits(start + 6 * i, 6);
      char c = (char) (v < 32 ? v + 64 : v);
      if (c == '@') {
        break;
      }
      out[n++] = c;
    }
    while (n > 0 && out[n - 1] == ' ') {
      n--;
    }
    return new String(out, 0, n);
  }

  /** The message type, the first 6 bits. */
  public int messageType() {
    return bits(0, 6);
  }

  /** The repeat indicator, bits 6-7. */
  public int repeat() {
    return bits(6, 2);
  }

  /** The source MMSI, bits 8-37. */
  public int mmsi() {
    return bits(8, 30);
  }
}
