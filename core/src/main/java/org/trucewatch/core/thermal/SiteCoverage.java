package org.trucewatch.core.thermal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;

/**
 * Which protected sites satellites could see, day by day: for every site of every
 * protected-sites provision and every UTC day from {@code firstDay} to {@code lastDay} on which
 * the provision is in force, the passes that covered the site ({@link SatellitePass#covers}) and
 * the cloud cover given for it. A site is {@link SiteDayStatus#OBSERVED} when a pass covered it
 * and its cloud cover is below {@code cloudLimit} (or unknown). Pure and deterministic: rows come
 * out by provision, site, then day.
 */
public final class SiteCoverage {
  /** Cloud cover from which a site counts as hidden: three quarters of the sky. */
  public static final double DEFAULT_CLOUD_LIMIT = 0.75;

  private final double cloudLimit;

  /** Coverage with this cloud limit (a fraction, 0 to 1). */
  public SiteCoverage(double cloudLimit) {
    if (!(cloudLimit >= 0 && cloudLimit <= 1)) {
      throw new IllegalArgumentException("cloud limit must be a fraction from 0 to 1: " + cloudLimit);
    }
    this.cloudLimit = cloudLimit;
  }

  /** The coverage of every protected site of the agreement on every day it is protected in the range. */
  public List<SiteDayCoverage> of(
      Agreement agreement, List<SatellitePass> passes, CloudCover cloud, LocalDate firstDay, LocalDate lastDay) {
    List<SiteDayCoverage> out = new ArrayList<>();
    for (Provision p : agreement.provisions()) {
      if (!(p instanceof ProtectedSitesProvision sites)) {
        continue;
      }
      List<ProtectedSite> ordered = new ArrayList<>(sites.sites());
      ordered.sort(java.util.Comparator.comparing(ProtectedSite::id));
      for (ProtectedSite site : ordered) {
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
          Instant dayStart = d.atStartOfDay(ZoneOffset.UTC).toInstant();
          Instant dayEnd = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
          if (!p.period().contains(dayStart) && !p.period().contains(dayEnd.minusNanos(1))) {
            continue;
          }
          out.add(day(p.id(), site, d, dayStart, dayEnd, passes, cloud));
        }
      }
    }
    return out;
  }

  private SiteDayCoverage day(String provisionId, ProtectedSite site, LocalDate d, Instant from, Instant until,
      List<SatellitePass> passes, CloudCover cloud) {
    double lat = site.location().y;
    double lon = site.location().x;
    List<SatellitePass> covering = new ArrayList<>();
    for (SatellitePass pass : passes) {
      if (!pass.start().isBefore(from) && pass.start().isBefore(until) && pass.covers(lat, lon)) {
        covering.add(pass);
      }
    }
    Optional<Double> c = cloud.at(lat, lon, d);
    SiteDayStatus status;
    if (covering.isEmpty()) {
      status = SiteDayStatus.NOT_OBSERVED;
    } else if (c.isPresent() && c.get() >= cloudLimit) {
      status = SiteDayStatus.CLOUDED;
    } else {
      status = SiteDayStatus.OBSERVED;
    }
    return new SiteDayCoverage(provisionId, site.id(), d, status, covering, c);
  }
}
