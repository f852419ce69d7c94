package org.trucewatch.engine.publish;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ProtectedSite;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.thermal.SatellitePass;
import org.trucewatch.core.thermal.SiteDayCoverage;

/**
 * Writes {@code site-coverage.csv}: one row per protected site and UTC day the site is
 * protected, saying whether a satellite pass covered it ({@code observed}, {@code clouded},
 * {@code not observed}), how many passes, which satellites, and the cloud cover given. Rows by
 * provision, site, day; LF line ends; the same coverage gives the same bytes.
 */
public final class SiteCoverageCsvWriter {
  /** The header line, without its line end. */
  public static final String HEADER = "provision,site,category,date,status,passes,satellites,cloud_cover";

  /** The CSV text. */
  public String render(Agreement agreement, List<SiteDayCoverage> coverage) {
    Map<String, ProtectedSite> sites = new TreeMap<>();
    for (Provision p : agreement.provisions()) {
      if (p instanceof ProtectedSitesProvision ps) {
        for (ProtectedSite s : ps.sites()) {
          sites.put(p.id() + "/" + s.id(), s);
        }
      }
    }
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (SiteDayCoverage c : coverage) {
      ProtectedSite s = sites.get(c.provisionId() + "/" + c.siteId());
      String satellites = c.passes().stream().map(SatellitePass::sourceId).distinct().sorted()
          .collect(Collectors.joining(" "));
      sb.append(c.provisionId()).append(',').append(c.siteId()).append(',')
          .append(s == null ? "" : s.category()).append(',').append(c.day()).append(',')
          .append(c.status().words()).append(',').append(c.passes().size()).append(',')
          .append(satellites).append(',')
          .append(c.cloudCover().map(f -> String.format(Locale.ROOT, "%.2f", f)).orElse(""))
          .append('\n');
    }
    return sb.toString();
  }
}
