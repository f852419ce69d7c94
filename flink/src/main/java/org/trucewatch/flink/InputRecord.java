package org.trucewatch.flink;

/**
 * One input file as {@code trucewatch publish} puts it on a topic: its name, format code and bytes.
 * A Flink POJO (public fields, no-argument constructor), so Flink serialises it without Kryo.
 */
public final class InputRecord {
  /** The name the file came in under (the record's key). */
  public String name;
  /** Its format code, as the ledger stores it. */
  public String format;
  /** Its bytes, unchanged. */
  public byte[] raw;

  /** For Flink. */
  public InputRecord() {}

  /** A record. */
  public InputRecord(String name, String format, byte[] raw) {
    this.name = name;
    this.format = format;
    this.raw = raw;
  }
}
