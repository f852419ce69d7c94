package org.trucewatch.formats.ais;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns lines of NMEA 0183 AIS sentences into message payloads: checks the checksum, reads the
 * NMEA 4.0 tag block ({@code \s:station,c:1700000000*hh\}), and reassembles multi-sentence
 * messages (IEC 61162-1 {@code !--VDM} and {@code !--VDO}, any talker: {@code AI}, {@code BS},
 * {@code AB}...).
 *
 * <p>Fragments are keyed by channel, sequential message id, fragment count and tag-block source
 * (when the later fragment names one: NMEA 4.0 lets continuation sentences leave it out), so
 * interleaved messages on channels A and B, or from two stations, reassemble independently. At
 * most {@code maxPending} messages wait for their next fragment (the oldest is evicted when more
 * arrive) and a message is dropped when its next fragment has not come within {@code
 * maxAgeSentences} sentences; both are counted as {@link AisProblem#INCOMPLETE_MESSAGE}.
 *
 * <p>Lines may carry text before the sentence (receiver time stamps) or after the checksum
 * (libais and AIS-catcher append fields); blank lines and {@code #} comments are skipped silently.
 * Nothing here throws on bad input: every problem is counted and reported to the sink with its
 * line number. The line path allocates nothing once warmed up. Not thread-safe.
 */
public final class NmeaAisFramer {
  /** Receives complete payloads and problems, in input order. */
  public interface Sink {
    /**
     * A complete message. Both arguments are reused for the next message: copy what you keep.
     */
    void message(SixBitPayload payload, AisSentenceContext context);

    /** A problem at a 1-based line; by default ignored (it is counted either way). */
    default void problem(AisProblem problem, long line) {}
  }

  /** Default bound on messages waiting for fragments. */
  public static final int DEFAULT_MAX_PENDING = 64;
  /** Default number of sentences a message may wait for its next fragment. */
  public static final int DEFAULT_MAX_AGE_SENTENCES = 200;

  /** The longest sentence payload IEC 61162-1 allows is 82 characters in all; allow slack. */
  private static final int MAX_FRAGMENT_CHARS = 160;

  private final Sink sink;
  private final AisDecodeCounts counts;
  private final int maxAgeSentences;
  private final SixBitPayload payload = new SixBitPayload();
  private final AisSentenceContext context = new AisSentenceContext();
  private final Pending[] pending;
  private int pendingCount;
  private long line;
  private byte[] ascii = new byte[256];
  private static final int SOURCE_SLOTS = 64;
  private final byte[][] sourceKeys = new byte[SOURCE_SLOTS][];
  private final String[] sourceTexts = new String[SOURCE_SLOTS];

  /** A framer with the default bounds. */
  public NmeaAisFramer(Sink sink, AisDecodeCounts counts) {
    this(sink, counts, DEFAULT_MAX_PENDING, DEFAULT_MAX_AGE_SENTENCES);
  }

  /**
   * A framer.
   *
   * @param sink receives messages and problems
   * @param counts the totals to add to
   * @param maxPending messages that may wait for fragments at once, at least 1
   * @param maxAgeSentences sentences a message may wait for its next fragment, at least 1
   */
  public NmeaAisFramer(Sink sink, AisDecodeCounts counts, int maxPending, int maxAgeSentences) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.counts = Objects.requireNonNull(counts, "counts");
    if (maxPending < 1 || maxAgeSentences < 1) {
      throw new IllegalArgumentException("maxPending and maxAgeSentences must be at least 1");
    }
    this.maxAgeSentences = maxAgeSentences;
    this.pending = new Pending[maxPending];
    for (int i = 0; i < maxPending; i++) {
      pending[i] = new Pending();
    }
  }

  /** The totals so far. */
  public AisDecodeCounts counts() {
    return counts;
  }

  /** Lines read so far (the number of the last one). */
  public long lineNumber() {
    return line;
  }

  /** Reads one line of text (without its line break). Non-ASCII characters are never valid here. */
  public void acceptLine(CharSequence text) {
    int n = text.length();
    if (ascii.length < n) {
      ascii = new byte[Math.max(n, ascii.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      ascii[i] = c < 128 ? (byte) c : (byte) 0x7f;
    }
    acceptLine(ascii, 0, n);
  }

  /** Reads one line, bytes {@code [from, to)}, without its line break. */
  public void acceptLine(byte[] buf, int from, int to) {
    line++;
    int i = from;
    while (i < to && (buf[i] == ' ' || buf[i] == '\t')) {
      i++;
    }
    while (to > i && (buf[to - 1] == '\r' || buf[to - 1] == ' ' || buf[to - 1] == '\t' || buf[to - 1] == '\n')) {
      to--;
    }
    if (i == to || buf[i] == '#') {
      return;
    }
    counts.sentence();
    if (pendingCount > 0) {
      expire();
    }
    context.tagEpochMillis = AisSentenceContext.NO_TIME;
    context.tagSource = null;
    int start = i;
    while (start < to && buf[start] != '!' && buf[start] != '\\') {
      start++;
    }
    if (start == to) {
      problem(buf[i] == '$' ? AisProblem.NOT_AIS : AisProblem.MALFORMED);
      return;
    }
    if (buf[start] == '\\') {
      int end = start + 1;
      while (end < to && buf[end] != '\\') {
        end++;
      }
      if (end == to) {
        problem(AisProblem.BAD_TAG_BLOCK);
        return;
      }
      if (!readTagBlock(buf, start + 1, end)) {
        // the sentence itself is still good: keep it, without the tag block's time and source
        problem(AisProblem.BAD_TAG_BLOCK);
        context.tagEpochMillis = AisSentenceContext.NO_TIME;
        context.tagSource = null;
      }
      start = end + 1;
      if (start == to || buf[start] != '!') {
        problem(start < to && buf[start] == '$' ? AisProblem.NOT_AIS : AisProblem.MALFORMED);
        return;
      }
    }
    readSentence(buf, start, to);
  }

  /**
   * Reads every line of {@code in} (bytes read in blocks, no text decoding), without calling
   * {@link #finish()}. Lines end as {@link java.io.BufferedReader#readLine()} ends them (LF, CR or
   * CR LF), and bytes above 127 read as DEL, as {@link #acceptLine(CharSequence)} reads a line
   * decoded as ISO-8859-1: the same line numbers and problems as reading the text line by line.
   */
  public void readLines(InputStream in) throws IOException {
    readLines(in, () -> {});
  }

  /**
   * As {@link #readLines(InputStream)}, running {@code afterRead} after the lines of each block
   * read: where a consumer that batches its output hands over what it has, so that a live stream
   * is not held back waiting for a full batch.
   */
  public void readLines(InputStream in, Runnable afterRead) throws IOException {
    byte[] buf = new byte[1 << 16];
    int have = 0;
    boolean afterCr = false;
    while (true) {
      int n = in.read(buf, have, buf.length - have);
      if (n < 0) {
        if (have > 0) {
          acceptLine(buf, 0, have);
        }
        return;
      }
      int end = have + n;
      int start = 0;
      for (int i = have; i < end; i++) {
        byte b = buf[i];
        if (b == '\n' || b == '\r') {
          if (b == '\n' && afterCr && i == start) {
            start = i + 1; // the LF of a CR LF
          } else {
            acceptLine(buf, start, i);
            start = i + 1;
          }
          afterCr = b == '\r';
        } else {
          afterCr = false;
          if (b < 0) {
            buf[i] = 0x7f;
          }
        }
      }
      afterRead.run();
      have = end - start;
      if (start == 0 && have == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer: keep it whole
      } else {
        System.arraycopy(buf, start, buf, 0, have);
      }
    }
  }

  /** Ends the input: messages still waiting for fragments are counted as incomplete. */
  public void finish() {
    for (Pending p : pending) {
      if (p.used) {
        drop(p);
      }
    }
  }

  private void readSentence(byte[] buf, int s, int to) {
    int checksum = 0;
    int star = s + 1;
    while (star < to && buf[star] != '*') {
      checksum ^= buf[star];
      star++;
    }
    if (star + 2 >= to) {
      problem(AisProblem.MALFORMED);
      return;
    }
    int hi = hex(buf[star + 1]);
    int lo = hex(buf[star + 2]);
    // text after the checksum is a logger's (libais, AIS-catcher append fields): ignored
    if (hi < 0 || lo < 0) {
      problem(AisProblem.MALFORMED);
      return;
    }
    if (((hi << 4) | lo) != (checksum & 0xff)) {
      problem(AisProblem.BAD_CHECKSUM);
      return;
    }
    // address field: '!' talker(2) "VDM" | "VDO" ','
    if (star - s < 7 || buf[s + 6] != ',') {
      problem(AisProblem.MALFORMED);
      return;
    }
    if (buf[s + 3] != 'V' || buf[s + 4] != 'D' || (buf[s + 5] != 'M' && buf[s + 5] != 'O')) {
      problem(AisProblem.NOT_AIS);
      return;
    }
    int f = s + 7;
    // fragment count
    int c1 = nextComma(buf, f, star);
    if (c1 != f + 1 || !digit(buf[f])) {
      problem(AisProblem.MALFORMED);
      return;
    }
    int total = buf[f] - '0';
    int c2 = nextComma(buf, c1 + 1, star);
    if (c2 != c1 + 2 || !digit(buf[c1 + 1])) {
      problem(AisProblem.MALFORMED);
      return;
    }
    int number = buf[c1 + 1] - '0';
    int c3 = nextComma(buf, c2 + 1, star);
    if (c3 < 0) {
      problem(AisProblem.MALFORMED);
      return;
    }
    int seq = -1;
    if (c3 > c2 + 1) {
      seq = 0;
      for (int k = c2 + 1; k < c3; k++) {
        if (!digit(buf[k]) || k - c2 > 2) {
          problem(AisProblem.MALFORMED);
          return;
        }
        seq = seq * 10 + buf[k] - '0';
      }
    }
    int c4 = nextComma(buf, c3 + 1, star);
    if (c4 < 0 || c4 - c3 > 2) {
      problem(AisProblem.MALFORMED);
      return;
    }
    char channel = c4 == c3 + 2 ? (char) buf[c3 + 1] : 0;
    int c5 = nextComma(buf, c4 + 1, star);
    if (c5 < 0 || star != c5 + 2 || !digit(buf[c5 + 1]) || buf[c5 + 1] > '5') {
      problem(AisProblem.MALFORMED);
      return;
    }
    int fill = buf[c5 + 1] - '0';
    if (total < 1 || number < 1 || number > total) {
      problem(AisProblem.BAD_FRAGMENT_NUMBER);
      return;
    }
    if (c5 == c4 + 1) {
      problem(AisProblem.EMPTY_PAYLOAD);
      return;
    }
    if (c5 - (c4 + 1) > MAX_FRAGMENT_CHARS) {
      problem(AisProblem.MALFORMED);
      return;
    }
    context.channel = channel;
    context.talker0 = (char) buf[s + 1];
    context.talker1 = (char) buf[s + 2];
    context.ownVessel = buf[s + 5] == 'O';
    if (total == 1) {
      context.firstLine = line;
      context.lastLine = line;
      payload.clear();
      if (!payload.append(buf, c4 + 1, c5, fill)) {
        problem(AisProblem.BAD_PAYLOAD_CHARACTER);
        return;
      }
      deliver();
      return;
    }
    fragment(buf, c4 + 1, c5, fill, total, number, seq, channel);
  }

  private void fragment(byte[] buf, int from, int to, int fill, int total, int number, int seq, char channel) {
    Pending p = find(channel, seq, total);
    if (number == 1) {
      if (p != null) {
        drop(p);
      }
      p = freeSlot();
      p.used = true;
      pendingCount++;
      p.channel = channel;
      p.seq = seq;
      p.total = total;
      p.next = 1;
      p.length = 0;
      p.startLine = line;
      p.context.copyFrom(context);
      p.context.firstLine = line;
    } else if (p == null || p.next != number) {
      if (p != null) {
        drop(p);
      }
      problem(AisProblem.ORPHAN_FRAGMENT);
      return;
    }
    System.arraycopy(buf, from, p.chars, p.length, to - from);
    p.length += to - from;
    p.next++;
    if (!p.context.hasTagTime() && context.hasTagTime()) {
      p.context.tagEpochMillis = context.tagEpochMillis;
      p.context.tagSource = context.tagSource;
    }
    if (number < total) {
      return;
    }
    p.used = false;
    pendingCount--;
    context.copyFrom(p.context);
    context.lastLine = line;
    payload.clear();
    if (!payload.append(p.chars, 0, p.length, fill)) {
      problem(AisProblem.BAD_PAYLOAD_CHARACTER);
      return;
    }
    deliver();
  }

  private void deliver() {
    if (payload.bitLength() < 38) {
      problem(AisProblem.TOO_SHORT);
      return;
    }
    counts.message(payload.messageType());
    sink.message(payload, context);
  }

  private Pending find(char channel, int seq, int total) {
    if (pendingCount == 0) {
      return null;
    }
    for (Pending p : pending) {
      if (p.used && p.channel == channel && p.seq == seq && p.total == total
          && (context.tagSource == null || Objects.equals(p.context.tagSource, context.tagSource))) {
        return p;
      }
    }
    return null;
  }

  private Pending freeSlot() {
    Pending oldest = null;
    for (Pending p : pending) {
      if (!p.used) {
        return p;
      }
      if (oldest == null || p.startLine < oldest.startLine) {
        oldest = p;
      }
    }
    drop(oldest);
    return oldest;
  }

  private void expire() {
    for (Pending p : pending) {
      if (p.used && line - p.startLine > maxAgeSentences) {
        drop(p);
      }
    }
  }

  private void drop(Pending p) {
    p.used = false;
    pendingCount--;
    counts.problem(AisProblem.INCOMPLETE_MESSAGE);
    sink.problem(AisProblem.INCOMPLETE_MESSAGE, p.startLine);
  }

  private void problem(AisProblem problem) {
    counts.problem(problem);
    sink.problem(problem, line);
  }

  /** Reads {@code s:} and {@code c:} from a tag block's text {@code [from, to)}; false if bad. */
  private boolean readTagBlock(byte[] buf, int from, int to) {
    int star = to;
    int checksum = 0;
    for (int k = from; k < to; k++) {
      if (buf[k] == '*') {
        star = k;
        break;
      }
      checksum ^= buf[k];
    }
    if (star < to) {
      if (star + 3 != to) {
        return false;
      }
      int hi = hex(buf[star + 1]);
      int lo = hex(buf[star + 2]);
      if (hi < 0 || lo < 0 || ((hi << 4) | lo) != (checksum & 0xff)) {
        return false;
      }
    }
    int k = from;
    while (k < star) {
      int end = k;
      while (end < star && buf[end] != ',') {
        end++;
      }
      if (end - k < 2 || buf[k + 1] != ':') {
        return false;
      }
      byte key = buf[k];
      if (key == 'c') {
        long v = 0;
        if (end - k < 3 || end - k > 18) {
          return false;
        }
        for (int d = k + 2; d < end; d++) {
          if (!digit(buf[d])) {
            return false;
          }
          v = v * 10 + (buf[d] - '0');
        }
        // some receivers write milliseconds; seconds stay below 1e11 until the year 5138
        context.tagEpochMillis = v >= 100_000_000_000L ? v : v * 1000;
      } else if (key == 's') {
        context.tagSource = source(buf, k + 2, end);
      }
      k = end + 1;
    }
    return true;
  }

  /**
   * The source text, re-using the string made for the same bytes before: a receiver network has
   * a few dozen stations, so a small hashed table keeps the line path free of allocation.
   */
  private String source(byte[] buf, int from, int to) {
    int n = to - from;
    int h = n;
    for (int k = from; k < to; k++) {
      h = 31 * h + buf[k];
    }
    int slot = (h ^ (h >>> 16)) & (SOURCE_SLOTS - 1);
    byte[] key = sourceKeys[slot];
    if (key != null && Arrays.equals(buf, from, to, key, 0, key.length)) {
      return sourceTexts[slot];
    }
    String text = new String(buf, from, n, java.nio.charset.StandardCharsets.US_ASCII);
    sourceKeys[slot] = Arrays.copyOfRange(buf, from, to);
    sourceTexts[slot] = text;
    return text;
  }

  private static int nextComma(byte[] buf, int from, int to) {
    for (int k = from; k < to; k++) {
      if (buf[k] == ',') {
        return k;
      }
    }
    return -1;
  }

  private static boolean digit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    return -1;
  }

  /** A message waiting for its next fragment. */
  private static final class Pending {
    final byte[] chars = new byte[MAX_FRAGMENT_CHARS * 9];
    final AisSentenceContext context = new AisSentenceContext();
    boolean used;
    char channel;
    int seq;
    int total;
    int next;
    int length;
    long startLine;
  }
}
