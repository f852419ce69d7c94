package org.trucewatch.formats.ais;

import java.util.Objects;
import java.util.Optional;

/**
 * A decoded message with where it came from.
 *
 * @param message the message
 * @param firstLine 1-based line of its first sentence
 * @param lastLine 1-based line of its last sentence
 * @param channel radio channel, or {@code 0} when not given
 * @param tagEpochMillis the tag block's time, ms since 1970 UTC, or {@link AisSentenceContext#NO_TIME}
 * @param tagSource the tag block's source station, empty when absent
 */
public record DecodedAisMessage(
    AisMessage message, long firstLine, long lastLine, char channel, long tagEpochMillis, Optional<String> tagSource) {
  /** Checks the fields. */
  public DecodedAisMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(tagSource, "tagSource");
  }

  /** A snapshot of the framer's reused context. */
  public static DecodedAisMessage of(AisMessage message, AisSentenceContext c) {
    return new DecodedAisMessage(
        message, c.firstLine(), c.lastLine(), c.channel(), c.tagEpochMillis(), Optional.ofNullable(c.tagSource()));
  }

  /** Whether a tag block time came with it. */
  public boolean hasTagTime() {
    return tagEpochMillis != AisSentenceContext.NO_TIME;
  }
}
