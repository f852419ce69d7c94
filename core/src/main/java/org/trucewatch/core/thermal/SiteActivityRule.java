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
    Counts counts = counts();
    for (EnrichedObservation e : enriched) {
      counts.add(e);
    }
    List<EnrichedObservation> out = new ArrayList<>(enriched.size());
    for (EnrichedObservation e : enriched) {
      out.add(counts.apply(e));
    }
    return new Result(out, counts.siteDays());
  }

  /** Empty counts, to be given every observation before any is {@linkplain Counts#apply applied}. */
  public Counts counts() {
    return new Counts();
  }

  /**
   * The rule taken in two steps, for observations that arrive one at a time: {@link #add} counts
   * each, and {@link #apply} strips the held-back touches from one whose UTC day has been counted
   * whole. Memory: a count per site and day. Not thread-safe.
   */
  public final class Counts {
    private final TreeMap<String, TreeMap<LocalDate, Integer>> perSite = new TreeMap<>();

    private Counts() {}

    /** Counts the observation when it is a thermal detection touching protected sites. */
    public void add(EnrichedObservation e) {
      if (baseline.isEmpty() || e.observation().kind() != ObservationKind.THERMAL_ANOMALY) {
        return;
      }
      LocalDate day = LocalDate.ofInstant(e.observation().eventTime(), ZoneOffset.UTC);
      for (String site : siteKeys(e)) {
        perSite.computeIfAbsent(site, k -> new TreeMap<>()).merge(day, 1, Integer::sum);
      }
    }

    /**
     * The observation without its touches on sites whose detections that day lie at or below the
     * bound; itself when none is held back. Its day must have been counted whole.
     */
    public EnrichedObservation apply(EnrichedObservation e) {
      if (baseline.isEmpty() || e.observation().kind() != ObservationKind.THERMAL_ANOMALY || e.touches().isEmpty()) {
        return e;
      }
      LocalDate day = LocalDate.ofInstant(e.observation().eventTime(), ZoneOffset.UTC);
      List<Touch> kept = new ArrayList<>(e.touches().size());
      for (Touch t : e.touches()) {
        if (!siteProvisions.contains(t.provisionId()) || above(t.elementId(), day)) {
          kept.add(t);
        }
      }
      return kept.size() == e.touches().size() ? e : new EnrichedObservation(e.observation(), kept);
    }

    private boolean above(String site, LocalDate day) {
      TreeMap<LocalDate, Integer> days = perSite.get(site);
      Integer n = days == null ? null : days.get(day);
      // a touch is counted for every site it names, so an uncounted site-day is not held back
      return n == null || baseline.above(site, day, n);
    }

    /** Per site and day, the detections counted and whether they lie above the bound, sorted by site then day. */
    public List<SiteDay> siteDays() {
      List<SiteDay> out = new ArrayList<>();
      perSite.forEach((site, days) -> days.forEach((day, n) ->
          out.add(new SiteDay(site, day, n, baseline.bound(site, day), baseline.above(site, day, n)))));
      return out;
    }
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
