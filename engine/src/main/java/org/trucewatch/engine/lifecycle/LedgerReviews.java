package org.trucewatch.engine.lifecycle;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.Ledger;

/**
 * Analyst review on a ledger without the server: the incidents as a run over the whole ledger
 * gives them (read by the same {@link MissionFold}, fused by the fusion file in force there, against
 * the agreement the ledger holds last, or one given), their lifecycles, and
 * the recording of a checked action as a ledger entry. What {@code trucewatch review} does.
 */
public final class LedgerReviews {
  private final Ledger ledger;
  private final Agreement agreement;
  private final Mission contents;
  private final Pipeline.Result result;
  private final SortedMap<String, IncidentLifecycle> lifecycles;

  /**
   * Reads the whole ledger and runs the pipeline over it.
   *
   * @param agreement the agreement to check against; empty: the last one the ledger holds
   * @throws IllegalArgumentException when no agreement is given and the ledger holds none
   * @throws AgreementFileException when the ledger's agreement cannot be read
   */
  public LedgerReviews(Ledger ledger, Optional<Agreement> agreement, Progress progress)
      throws AgreementFileException, IOException {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.contents = MissionFold.of(ledger, ledger.checkpoint().entryCount(), progress);
    if (agreement.isPresent()) {
      this.agreement = agreement.get();
    } else if (contents.latestAgreement().isPresent()) {
      this.agreement = contents.latestAgreement().get().read();
    } else {
      throw new IllegalArgumentException(ledger.location() + " holds no agreement; give one with --agreement");
    }
    // the fusion file in force in the ledger and the same site baseline, as `run` fuses by them
    this.result = new Pipeline(this.agreement, contents.sources(), contents.fusion(),
        org.trucewatch.engine.mission.SiteBaselines.of(this.agreement, contents.siteBaseline(), 0))
        .run(contents.observations(), progress);
    this.lifecycles = IncidentLifecycles.of(result.incidents(), contents.actions());
  }

  /** The findings, sorted by time then id. */
  public List<Finding> findings() {
    return result.findings();
  }

  /** Each incident's lifecycle state, by incident id. */
  public SortedMap<String, LifecycleState> lifecycleStates() {
    return IncidentLifecycles.states(lifecycles);
  }

  /** The incidents, sorted by start then id. */
  public List<Incident> incidents() {
    return result.incidents();
  }

  /**
   * The incident with this id, or whose id starts with it (at least 8 hex digits, unambiguous).
   *
   * @throws IllegalArgumentException naming the id when there is no such incident or more than one
   */
  public Incident incident(String id) {
    if (id.length() < 8) {
      throw new IllegalArgumentException("incident id '" + id + "' is too short: give at least 8 hex digits");
    }
    Incident found = null;
    for (Incident i : result.incidents()) {
      if (i.id().startsWith(id)) {
        if (found != null) {
          throw new IllegalArgumentException("incident id '" + id + "' is ambiguous: give more digits");
        }
        found = i;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no incident " + id + " in " + ledger.location() + " ("
          + result.incidents().size() + " incidents at entry " + contents.checkpoint().entryCount() + ")");
    }
    return found;
  }

  /** The lifecycle of the incident. */
  public IncidentLifecycle lifecycle(Incident incident) {
    return lifecycles.get(incident.id());
  }

  /**
   * Checks the action against the incident's lifecycle and appends it to the ledger, through the
   * {@link ReviewDesk} the server's review route uses too.
   *
   * @throws IllegalArgumentException for a blank analyst or reason
   * @throws IllegalTransitionException when the incident's state does not allow the action
   */
  public AppendResult record(Incident incident, ReviewAction action, String analyst, String reason, Instant at) {
    return new ReviewDesk(ledger::append).act(incident, lifecycle(incident), action, analyst, "analyst", reason, at)
        .entry();
  }
}
