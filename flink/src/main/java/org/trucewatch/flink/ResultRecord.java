package org.trucewatch.flink;

/**
 * One record for an output topic: its topic, key and value, a {@code null} value withdrawing what
 * the key held before (a tombstone on a compacted topic, a delete in PostgreSQL). A Flink POJO.
 */
public final class ResultRecord {
  /** The output topic (one of {@link org.trucewatch.engine.ingest.InputTopics#OUTPUTS}). */
  public String topic;
  /** The finding or incident id, or a reject's "file:line". */
  public String key;
  /** The JSON text, or {@code null} to withdraw. */
  public String value;

  /** For Flink. */
  public ResultRecord() {}

  /** A record. */
  public ResultRecord(String topic, String key, String value) {
    this.topic = topic;
    this.key = key;
    this.value = value;
  }
}
