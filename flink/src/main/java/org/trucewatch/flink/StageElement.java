package org.trucewatch.flink;

/**
 * What flows between the job's stages: an observation (encoded by {@link ObservationCodec},
 * enriched once it has passed the enrich stage) or a source declaration file. A Flink POJO.
 */
public final class StageElement {
  /** {@link #kind} of an observation. */
  public static final int OBSERVATION = 0;
  /** {@link #kind} of a sources YAML file: {@link #key} its name, {@link #payload} its bytes. */
  public static final int SOURCES = 1;

  /** {@link #OBSERVATION} or {@link #SOURCES}. */
  public int kind;
  /** The observation's id, or the sources file's name. */
  public String key;
  /** The observation's event time, ms since the epoch UTC; {@link Long#MIN_VALUE} for sources. */
  public long eventMillis;
  /** The encoded observation, or the file's bytes. */
  public byte[] payload;

  /** For Flink. */
  public StageElement() {}

  /** An element. */
  public StageElement(int kind, String key, long eventMillis, byte[] payload) {
    this.kind = kind;
    this.key = key;
    this.eventMillis = eventMillis;
    this.payload = payload;
  }
}
