package org.trucewatch.engine.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IncidentEvidence;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleReplay;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.lifecycle.Review;
import org.trucewatch.engine.ingest.ActionRecord;

/**
 * The lifecycle of every incident of a run, from the analyst actions in the ledger. The same
 * ledger gives the same lifecycles in a batch run, a replay by {@code trucewatch verify} and the
 * live server.
 */
public final class IncidentLifecycles {
  private IncidentLifecycles() {}

  /**
   * The lifecycle of each incident, by incident id.
   *
   * @param actions every action record in ledger order (administration is skipped)
   */
  public static SortedMap<String, IncidentLifecycle> of(
      List<Incident> incidents, List<ActionRecord> actions) {
    List<Review> reviews = reviews(actions);
    TreeMap<String, IncidentLifecycle> out = new TreeMap<>();
    for (Incident inc : incidents) {
      out.put(inc.id(), of(inc, reviews));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** The lifecycle of one incident under these reviews ({@link #reviews}), as {@link #of(List, List)} gives it. */
  public static IncidentLifecycle of(Incident incident, List<Review> reviews) {
    IncidentEvidence ev = evidence(incident);
    return reviews.isEmpty() ? IncidentLifecycle.unreviewed(ev) : LifecycleReplay.evaluate(ev, reviews);
  }

  /** Just the state of each, by incident id. */
  public static SortedMap<String, LifecycleState> states(SortedMap<String, IncidentLifecycle> lifecycles) {
    TreeMap<String, LifecycleState> out = new TreeMap<>();
    lifecycles.forEach((id, l) -> out.put(id, l.state()));
    return Collections.unmodifiableSortedMap(out);
  }

  /** The reviews among the action records, in their order. */
  public static List<Review> reviews(List<ActionRecord> actions) {
    List<Review> reviews = new ArrayList<>();
    for (ActionRecord a : actions) {
      a.toReview().ifPresent(reviews::add);
    }
    return reviews;
  }

  /**
   * The incident as the lifecycle sees it: members, automatic state, and the independent origins
   * fusion found supporting it and contradicting it (a party's denial).
   */
  public static IncidentEvidence evidence(Incident inc) {
    TreeSet<String> members = new TreeSet<>();
    for (EnrichedObservation m : inc.members()) {
      members.add(m.observation().id().hex());
    }
    return new IncidentEvidence(inc.id(), members, LifecycleState.of(inc.status()),
        new TreeSet<>(inc.supportingOrigins()), new TreeSet<>(inc.contradictingOrigins()));
  }

  /** The incident's anchor observation: its earliest member by event time, then id. */
  public static String anchor(Incident inc) {
    return inc.anchor().hex();
  }
}
