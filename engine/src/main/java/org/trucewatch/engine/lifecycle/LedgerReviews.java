package org.trucewatch.engine.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.fuse.Incident;
import org.trucewatch.core.lifecycle.IllegalTransitionException;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.ReviewAction;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.LedgerFormats;
import org.trucewatch.engine.replay.LedgerContents;
import org.trucewatch.engine.replay.LedgerReplay;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerEntry;

/**
 * Analyst review on a ledger without the server: the incidents as a run over the whole ledger
 * gives them (against the agreement the ledger holds last, or one given), their lifecycles, and
 * the recording of a checked action as a ledger entry. What {@code trucewatch review} does.
 */
public final class LedgerReviews {
  private final Ledger ledger;
  private final Agreement agreement;
  private final LedgerContents contents;
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
    this.agreement = agreement.isPresent() ? agreement.get() : lastAgreement(ledger);
    this.contents = new LedgerReplay(progress).read(ledger, ledger.checkpoint().entryCount());
    this.result = new Pipeline(this.agreement, contents.sources(), FusionParameters.DEFAULT).run(contents.observations(), progress);
    this.lifecycles = IncidentLifecycles.of(result.incidents(), contents.actions());
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

  private static Agreement lastAgreement(Ledger ledger) throws AgreementFileException, IOException {
    LedgerEntry last = null;
    for (LedgerEntry e : ledger.entries()) {
      if (e.format().equals(LedgerFormats.AGREEMENT)) {
        last = e;
      }
    }
    if (last == null) {
      throw new IllegalArgumentException(ledger.location() + " holds no agreement; give one with --agreement");
    }
    String name = last.name().substring(last.name().lastIndexOf('/') + 1);
    // an agreement referring to files outside the ledger cannot be read from it alone
    Path empty = Files.createTempDirectory("trucewatch-review");
    try {
      return new AgreementReader().read(name, new String(ledger.raw(last.seq()), StandardCharsets.UTF_8), empty);
    } finally {
      Files.deleteIfExists(empty);
    }
  }
}
