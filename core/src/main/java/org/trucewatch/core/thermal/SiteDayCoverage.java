package org.trucewatch.core.thermal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one protected site was seen from space on one UTC day, and by which passes.
 *
 * @param provisionId the provision protecting the site
 * @param siteId the site
 * @param day the UTC day
 * @param status observed, clouded or not observed
 * @param passes the passes that covered the site that day, by start
 * @param cloudCover the cloud cover given for the site that day, if any
 */
public record SiteDayCoverage(
    String provisionId, String siteId, LocalDate day, SiteDayStatus status, List<SatellitePass> passes,
    Optional<Double> cloudCover) {
  /** Checks and freezes the fields. */
  public SiteDayCoverage {
    Objects.requireNonNull(provisionId, "provisionId");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(cloudCover, "cloudCover");
    passes = List.copyOf(passes);
  }
}
