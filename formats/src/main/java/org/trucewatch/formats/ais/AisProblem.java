package org.trucewatch.formats.ais;

/**
 * Why a line or message could not be decoded. The decoder counts these instead of throwing, so
 * one bad sentence never costs the good ones around it.
 */
public enum AisProblem {
  /** The line holds no {@code !} sentence: a proprietary {@code $} sentence or free text. */
  NOT_AIS("not an AIS sentence"),
  /** The sentence lacks fields, its {@code *hh} checksum, or has a field of the wrong form. */
  MALFORMED("malformed sentence"),
  /** The checksum does not match the sentence (IEC 61162-1 clause 7.2.3). */
  BAD_CHECKSUM("checksum mismatch"),
  /** The NMEA 4.0 tag block is unterminated, has a bad checksum or an unreadable field. */
  BAD_TAG_BLOCK("bad tag block"),
  /** A payload character is outside the 6-bit armour alphabet. */
  BAD_PAYLOAD_CHARACTER("payload character outside the 6-bit alphabet"),
  /** The sentence has no payload. */
  EMPTY_PAYLOAD("empty payload"),
  /** Fragment count or number out of range (1 to 9, number not above count). */
  BAD_FRAGMENT_NUMBER("bad fragment count or number"),
  /** A later fragment arrived without the fragments before it. */
  ORPHAN_FRAGMENT("fragment without its predecessors"),
  /** A multi-sentence message was dropped unfinished: timed out, replaced or evicted. */
  INCOMPLETE_MESSAGE("multi-sentence message never completed"),
  /** The message is shorter than its type's fields need. */
  TOO_SHORT("message too short for its type"),
  /** The message type is not one this decoder reads (it is counted, not an error in the data). */
  UNSUPPORTED_TYPE("message type not decoded");

  private final String description;

  AisProblem(String description) {
    this.description = description;
  }

  /** A short description for people. */
  public String description() {
    return description;
  }

  /** Whether this counts as bad input, rather than input this decoder chose not to read. */
  public boolean isError() {
    return this != NOT_AIS && this != UNSUPPORTED_TYPE;
  }
}
