package org.trucewatch.core.thermal;

/** Whether a protected site could be seen from space on a day. */
public enum SiteDayStatus {
  /** A pass covered the site and cloud did not hide it (or no cloud cover was given). */
  OBSERVED("observed"),
  /** A pass covered the site, but the cloud cover given for it that day is at or above the limit. */
  CLOUDED("clouded"),
  /** No pass is known to have covered the site that day: no anomaly means nothing. */
  NOT_OBSERVED("not observed");

  private final String words;

  SiteDayStatus(String words) {
    this.words = words;
  }

  /** The status as the report and CSV write it. */
  public String words() {
    return words;
  }
}
