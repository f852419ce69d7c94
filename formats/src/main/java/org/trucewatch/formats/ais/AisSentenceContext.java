package org.trucewatch.formats.ais;

/**
 * Where a decoded message came from: its line numbers, radio channel, talker and the NMEA 4.0
 * tag block's source ({@code s:}) and time ({@code c:}) when the first sentence carried them.
 *
 * <p>Mutable and reused by {@link NmeaAisFramer} for every message: copy what you keep.
 */
public final class AisSentenceContext {
  /** Marks an absent tag-block time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  long firstLine;
  long lastLine;
  char channel;
  char talker0;
  char talker1;
  boolean ownVessel;
  long tagEpochMillis = NO_TIME;
  String tagSource;

  void copyFrom(AisSentenceContext o) {
    firstLine = o.firstLine;
    lastLine = o.lastLine;
    channel = o.channel;
    talker0 = o.talker0;
    talker1 = o.talker1;
    ownVessel = o.ownVessel;
    tagEpochMillis = o.tagEpochMillis;
    tagSource = o.tagSource;
  }

  /** 1-based line of the message's first sentence. */
  public long firstLine() {
    return firstLine;
  }

  /** 1-based line of the message's last sentence. */
  public long lastLine() {
    return lastLine;
  }

  /** Radio channel ({@code A}, {@code B}, {@code 1}, {@code 2}), or {@code 0} when the sentence left it empty. */
  public char channel() {
    return channel;
  }

  /** The talker, e.g. {@code AI} (mobile station), {@code BS} (base station), {@code AB}. */
  public String talker() {
    return new String(new char[] {talker0, talker1});
  }

  /** Whether it is a {@code VDO} sentence: the receiving station's own position. */
  public boolean ownVessel() {
    return ownVessel;
  }

  /** Whether the tag block gave a time. */
  public boolean hasTagTime() {
    return tagEpochMillis != NO_TIME;
  }

  /** The tag block's {@code c:} time, milliseconds since 1970 UTC, or {@link #NO_TIME}. */
  public long tagEpochMillis() {
    return tagEpochMillis;
  }

  /** The tag block's {@code s:} source (receiving station), or null when absent. */
  public String tagSource() {
    return tagSource;
  }
}
