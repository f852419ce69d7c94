package org.trucewatch.core.thermal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.agreement.ProtectedSitesProvision;
import org.trucewatch.core.agreement.Provision;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.Touch;
import org.trucewatch.core.observation.ObservationKind;

/**
 * The site rule: a protected site's thermal detections on a UTC day touch the site only when
 * their number lies above the site's normal activity ({@link SiteActivityBaseline}), so a plant's
 * ordinary flares and stacks do not become a finding every day. Below the bound the detections
 * stay observations (and incidents) but lose their touch on the site, so they give no finding
 * there; touches on other provisions' elements, and every other kind of observation, are kept.
 * Pure; input order is kept.
 */
public final class SiteActivityRule {
  private final SiteActivityBaseline baseline;
  private final Set<String> siteProvisions;

  /** The rule for this agreement's protected-sites provisions against this baseline. */
  public SiteActivityRule(Agreement agreement, SiteActivityBaseline baseline) {
    this.baseline = baseline;
    TreeSet<String> ids = new TreeSet<>();
    for (Provision p : agreement.provisions()) {
      if (p instanceof ProtectedSitesProvision) {
        ids.add(p.id());
      }
    }
    this.siteProvisions = ids;
  }

  /**
   * What the rule did.
   *
   * @param enriched the observations with the touches held back removed, in input order
   * @param siteDays per site key and day, the detections that day and whether they were above
   *     the bound, sorted by site then day
   */
  public record Result(List<EnrichedObservation> enriched, List<SiteDay> siteDays) {
    /** Freezes the lists. */
    public Result {
      enriched = List.copyOf(enriched);
      siteDays = List.copyOf(siteDays);
    }

    /** The site-days held back (at or below their bound). */
    public long heldBack() {
      return siteDays.stream().filter(d -> !d.above()).count();
    }
  }

  /**
   * One site's detections on one UTC day.
   *
   * @param site {@code provisionId/siteId}
   * @param day the UTC day
   * @param detections thermal detections touching the site that day
   * @param bound the site's normal bound that day, -1 when it has none
   * @param above whether the detections lie above the bound (and so touch the site)
   */
  public record SiteDay(String site, LocalDate day, int detections, int bound, boolean above) {}

  /** Applies the rule to enriched observations. */
  public Result apply(List<EnrichedObservation> enriched) {
    if (baseline.isEmpty()) {
      return new Result(enriched, List.of());
    }
    TreeMap<String, TreeMap<LocalDate, Integer>> counts = new TreeMap<>();
    for (EnrichedObservation e : enriched) {
      if (e.observation().kind() != ObservationKind.THERMAL_ANOMALY) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(e.observation().eventTime(), ZoneOffset.UTC);
      for (String site : siteKeys(e)) {
        counts.computeIfAbsent(site, k -> new TreeMap<>()).merge(day, 1, Integer::sum);
      }
    }
    List<SiteDay> siteDays = new ArrayList<>();
    TreeSet<String> heldBack = new TreeSet<>();
    counts.forEach((site, perDay) -> perDay.forEach((day, n) -> {
      boolean above = baseline.above(site, day, n);
      siteDays.add(new SiteDay(site, day, n, baseline.bound(site, day), above));
      if (!above) {
        heldBack.add(site + "@" + day);
      }
    }));
    List<EnrichedObservation> out = new ArrayList<>(enriched.size());
    for (EnrichedObservation e : enriched) {
      if (heldBack.isEmpty() || e.observation().kind() != ObservationKind.THERMAL_ANOMALY || e.touches().isEmpty()) {
        out.add(e);
        continue;
      }
      LocalDate day = LocalDate.ofInstant(e.observation().eventTime(), ZoneOffset.UTC);
      List<Touch> kept = new ArrayList<>(e.touches().size());
      for (Touch t : e.touches()) {
        boolean site = siteProvisions.contains(t.provisionId());
        if (!site || !heldBack.contains(t.elementId() + "@" + day)) {
          kept.add(t);
        }
      }
      out.add(kept.size() == e.touches().size() ? e : new EnrichedObservation(e.observation(), kept));
    }
    return new Result(out, siteDays);
  }

  private Set<String> siteKeys(EnrichedObservation e) {
    TreeSet<String> keys = new TreeSet<>();
    for (Touch t : e.touches()) {
      if (siteProvisions.contains(t.provisionId())) {
        keys.add(t.elementId());
      }
    }
    return keys;
  }
}
