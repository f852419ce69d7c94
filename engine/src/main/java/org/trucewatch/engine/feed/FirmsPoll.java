package org.trucewatch.engine.feed;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.Reject;

/**
 * What one poll of the FIRMS area API did.
 *
 * @param httpStatus the response's status code
 * @param newDetections detections not seen in an earlier poll (passed on to the sink)
 * @param seenDetections detections an earlier poll already passed on
 * @param rejects rows (or the whole body) that could not be read
 * @param retryAfter how long the server asked us to wait (HTTP 429 or 503), when it did
 * @param ledgerName the name the body was stored under, when it was stored
 */
public record FirmsPoll(
    int httpStatus, long newDetections, long seenDetections, List<Reject> rejects, Optional<Duration> retryAfter,
    Optional<String> ledgerName) {
  /** Freezes the list. */
  public FirmsPoll {
    rejects = List.copyOf(rejects);
  }

  /** Whether the server refused for rate limiting. */
  public boolean rateLimited() {
    return httpStatus == 429;
  }
}
