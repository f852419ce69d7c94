package org.trucewatch.engine.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.trucewatch.engine.ingest.IngestOutcome;
import org.trucewatch.formats.Reject;
import org.trucewatch.ledger.Checkpoint;

/**
 * What a run did, for the command line to print.
 *
 * @param ingested what happened to each input file
 * @param observations distinct observations read back from the ledger
 * @param rejects every rejected line or record (refused files included)
 * @param incidents incidents found
 * @param findings findings made
 * @param checkpoint the ledger checkpoint the outputs rest on
 * @param outDir where the outputs are
 */
public record RunSummary(
    List<IngestOutcome> ingested,
    long observations,
    List<Reject> rejects,
    int incidents,
    int findings,
    Checkpoint checkpoint,
    Path outDir) {
  /** Freezes the lists. */
  public RunSummary {
    ingested = List.copyOf(ingested);
    rejects = List.copyOf(rejects);
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(outDir, "outDir");
  }

  /** The report's path. */
  public Path report() {
    return outDir.resolve("report.html");
  }
}
