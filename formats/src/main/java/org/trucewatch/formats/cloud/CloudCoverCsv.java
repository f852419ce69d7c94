package org.trucewatch.formats.cloud;

import java.util.List;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.formats.Reject;

/**
 * A cloud-cover file read: the values that could be read, and the lines that could not.
 *
 * @param cover the cloud cover
 * @param rejects bad lines, by file, line and field
 */
public record CloudCoverCsv(CloudCover cover, List<Reject> rejects) {
  /** Freezes the list. */
  public CloudCoverCsv {
    rejects = List.copyOf(rejects);
  }
}
