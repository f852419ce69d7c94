package org.trucewatch.engine.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
    StringWriter out = new StringWriter();
    try {
      write(agreement, coverage, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the CSV text to {@code out} a row at a time. */
  public void write(Agreement agreement, List<SiteDayCoverage> coverage, Writer out) throws IOException {
    Map<String, ProtectedSite> sites = new TreeMap<>();
    for (Provision p : agreement.provisions()) {
      if (p instanceof ProtectedSitesProvision ps) {
        for (ProtectedSite s : ps.sites()) {
          sites.put(p.id() + "/" + s.id(), s);
        }
      }
    }
    out.write(HEADER);
    out.write('\n');
    StringBuilder sb = new StringBuilder(256);
    for (SiteDayCoverage c : coverage) {
      sb.setLength(0);
      ProtectedSite s = sites.get(c.provisionId() + "/" + c.siteId());
      String satellites = c.passes().stream().map(SatellitePass::sourceId).distinct().sorted()
          .collect(Collectors.joining(" "));
      sb.append(c.provisionId()).append(',').append(c.siteId()).append(',')
          .append(s == null ? "" : s.category()).append(',').append(c.day()).append(',')
          .append(c.status().words()).append(',').append(c.passes().size()).append(',')
          .append(satellites).append(',')
          .append(c.cloudCover().map(f -> String.format(Locale.ROOT, "%.2f", f)).orElse(""))
          .append('\n');
      out.append(sb);
    }
  }
}
