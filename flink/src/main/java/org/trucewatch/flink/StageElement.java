package org.trucewatch.flink;

/**
 * What flows between the job's stages: an observation (encoded by {@link ObservationCodec},
 * enriched once it has passed the enrich stage), a source declaration file, or what the sea and
 * fusion stages tell the stages after them. A Flink POJO. A {@code null} {@link #payload} withdraws
 * what was sent earlier under the same {@link #kind} and {@link #key}.
 */
public final class StageElement {
  /** {@link #kind} of an observation: {@link #key} its id. */
  public static final int OBSERVATION = 0;
  /** {@link #kind} of a sources YAML file: {@link #key} its name, {@link #payload} its bytes. */
  public static final int SOURCES = 1;
  /**
   * {@link #kind} of an observation no longer kept (the standard product's copy of a satellite
   * pixel took its place), or of a sea detection withdrawn: {@link #key} its id, {@link #payload}
   * the observation when known.
   */
  public static final int WITHDRAWN = 2;
  /** {@link #kind} of a plausible AIS fix, for reception around silences ({@link SeaCodec#fix}). */
  public static final int FIX = 3;
  /** {@link #kind} of a ship's slow fix standing for it in a 10-minute slot ({@link SeaCodec#slotFix}). */
  public static final int SLOT_FIX = 4;
  /** {@link #kind} of a ship's silence, before its reception is judged ({@link SeaCodec#silence}). */
  public static final int SILENCE = 5;
  /** {@link #kind} of a ship's name and type as its track says ({@link SeaCodec#vessel}). */
  public static final int VESSEL = 6;
  /** {@link #kind} of an incident: {@link #key} its id, {@link #payload} its members ({@link SeaCodec#pack}). */
  public static final int INCIDENT = 7;
  /**
   * {@link #kind} of the other ships one grid cell heard during a silence: {@link #key} the
   * silence's key, a space and the cell's name, {@link #payload} the MMSIs ({@link SeaCodec#mmsis}).
   */
  public static final int HEARD = 8;

  /** {@link #lanes} bit: an AIS track point, for the sea stage keyed by MMSI. */
  public static final int LANE_SEA = 1;
  /** {@link #lanes} bit: for fusion (eventful observations, withdrawals, sources). */
  public static final int LANE_FUSION = 2;
  /** {@link #lanes} bit: a fix or silence for the reception stage keyed by grid cell ({@link #route}). */
  public static final int LANE_CELLS = 4;
  /** {@link #lanes} bit: a silence or ship for the gap stage keyed by MMSI ({@link #vessel}). */
  public static final int LANE_GAPS = 8;
  /** {@link #lanes} bit: a slow fix or ship for the encounter stage (one task). */
  public static final int LANE_ENCOUNTERS = 16;

  /** One of the kinds above. */
  public int kind;
  /** The observation's id, the sources file's name, or the key of what a stage tells the next. */
  public String key;
  /** The observation's event time, ms since the epoch UTC; {@link Long#MIN_VALUE} for sources. */
  public long eventMillis;
  /** The encoded observation, the file's bytes, or what a stage tells; {@code null} to withdraw. */
  public byte[] payload;
  /** The key of the next keyed stage: a pixel's or observation's copy key, a grid cell, an incident's id. */
  public String route = "";
  /** Which stages take it: {@link #LANE_SEA}, {@link #LANE_FUSION}, {@link #LANE_CELLS}, ... */
  public int lanes;
  /** For an AIS track point or what the sea stages tell about a ship, its MMSI (their key); else empty. */
  public String vessel = "";

  /** For Flink. */
  public StageElement() {}

  /** An element. */
  public StageElement(int kind, String key, long eventMillis, byte[] payload) {
    this.kind = kind;
    this.key = key;
    this.eventMillis = eventMillis;
    this.payload = payload;
  }

  /** This element with a route. */
  public StageElement routed(String route) {
    this.route = route;
    return this;
  }
}
