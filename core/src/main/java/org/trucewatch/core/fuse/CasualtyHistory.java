package org.trucewatch.core.fuse;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationId;

/**
 * Every casualty figure claimed for an incident, in the order it was reported: "17 injured" in the
 * morning, "21" in the afternoon. The incident's own figures are the latest, largest ones (see
 * {@link org.trucewatch.core.observation.CasualtyCount#combine}); the history keeps the ones they
 * revised, so nobody has to trust the last word without seeing the earlier ones.
 */
public final class CasualtyHistory {
  /** Attribute holding when a claim was reported (ISO-8601), set by claims and report readers. */
  public static final String REPORTED_AT = "reported_at";
  /** The {@link #REPORTED_AT} value of a claim whose source gave no publication time. */
  public static final String UNKNOWN = "unknown";

  private CasualtyHistory() {}

  /**
   * One claimed set of figures.
   *
   * @param reportedAt when it was reported: the {@code reported_at} attribute, else the event time;
   *     empty when that attribute says {@code unknown} (a text without a publication time: not guessed)
   * @param sourceId who claimed it
   * @param casualties the figures claimed
   * @param observation the observation that carries the claim
   */
  public record Entry(Optional<Instant> reportedAt, String sourceId, Casualties casualties, ObservationId observation) {
    /** Checks the fields. */
    public Entry {
      Objects.requireNonNull(reportedAt, "reportedAt");
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(casualties, "casualties");
      Objects.requireNonNull(observation, "observation");
    }
  }

  /**
   * The members' casualty claims, sorted by report time (a claim whose report time is unknown by its
   * event time), then observation id; members with none are left out.
   */
  public static List<Entry> of(Incident incident) {
    List<Observation> claims = new ArrayList<>();
    for (EnrichedObservation m : incident.members()) {
      if (m.observation().casualties().any()) {
        claims.add(m.observation());
      }
    }
    claims.sort(Comparator.comparing(CasualtyHistory::order).thenComparing(Observation::id));
    List<Entry> out = new ArrayList<>(claims.size());
    for (Observation o : claims) {
      out.add(new Entry(reportedAt(o), o.sourceId(), o.casualties(), o.id()));
    }
    return out;
  }

  /** Whether a later claim changed an earlier figure: the incident's figures are a revision. */
  public static boolean revised(Incident incident) {
    List<Entry> h = of(incident);
    for (int i = 1; i < h.size(); i++) {
      if (!h.get(i).casualties().equals(h.get(0).casualties())) {
        return true;
      }
    }
    return false;
  }

  /** Where a claim stands in the history: its report time, else its event time, so the order never depends on input order. */
  private static Instant order(Observation o) {
    return reportedAt(o).orElse(o.eventTime());
  }

  private static Optional<Instant> reportedAt(Observation o) {
    String t = o.attributes().get(REPORTED_AT);
    if (UNKNOWN.equals(t)) {
      return Optional.empty();
    }
    if (t != null) {
      try {
        return Optional.of(Instant.parse(t));
      } catch (DateTimeParseException e) {
        // a malformed attribute from a hand-written feed: the event time still orders the claims
      }
    }
    return Optional.of(o.eventTime());
  }
}
