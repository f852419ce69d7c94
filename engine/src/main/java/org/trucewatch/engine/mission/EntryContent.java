package org.trucewatch.engine.mission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.engine.ingest.ActionRecord;
import org.trucewatch.formats.Reject;

/**
 * What one ledger entry holds, read by its format ({@link LedgerEntryReader}): observations,
 * source declarations, an agreement, a fusion file, cloud cover, an analyst's action, or only
 * rejects (a refused input, a format this version cannot read). Holds no raw bytes but an
 * agreement's text, which the runners that check against the ledger's agreement read.
 */
public sealed interface EntryContent {
  /** Lines or records of the entry that could not be used, naming the entry. */
  List<Reject> rejects();

  /** Observations, before repeats are removed. */
  record Observations(List<Observation> observations, List<Reject> rejects) implements EntryContent {
    /** Freezes the lists. */
    public Observations {
      observations = List.copyOf(observations);
      rejects = List.copyOf(rejects);
    }
  }

  /** Sources declared by a sources file. */
  record Sources(List<Source> sources, List<Reject> rejects) implements EntryContent {
    /** Freezes the lists. */
    public Sources {
      sources = List.copyOf(sources);
      rejects = List.copyOf(rejects);
    }
  }

  /** An agreement a run checked against, as it was stored. */
  record AgreementText(LedgerAgreement agreement) implements EntryContent {
    /** Checks the field. */
    public AgreementText {
      Objects.requireNonNull(agreement, "agreement");
    }

    @Override
    public List<Reject> rejects() {
      return List.of();
    }
  }

  /**
   * A fusion file: its parameters, or, when it has problems, none and a reject for each.
   *
   * @param name the entry's name
   * @param sha256 SHA-256 (hex) of its bytes
   * @param parameters the parameters it sets; empty when it has problems
   * @param rejects its problems
   */
  record Fusion(String name, String sha256, Optional<FusionParameters> parameters, List<Reject> rejects)
      implements EntryContent {
    /** Freezes the list. */
    public Fusion {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
      rejects = List.copyOf(rejects);
    }
  }

  /** Cloud cover for the protected sites' coverage. */
  record Clouds(CloudCover cover, List<Reject> rejects) implements EntryContent {
    /** Freezes the list. */
    public Clouds {
      Objects.requireNonNull(cover, "cover");
      rejects = List.copyOf(rejects);
    }
  }

  /** A site-baseline archive ({@code run --site-baseline}): normal years' detections, position and day. */
  record SiteBaseline(List<org.trucewatch.formats.firms.FireTableRow> rows, List<Reject> rejects) implements EntryContent {
    /** Freezes the lists. */
    public SiteBaseline {
      rows = List.copyOf(rows);
      rejects = List.copyOf(rejects);
    }
  }

  /** An analyst's or administrator's action; empty with a reject when the record is bad. */
  record Action(Optional<ActionRecord> action, List<Reject> rejects) implements EntryContent {
    /** Freezes the list. */
    public Action {
      rejects = List.copyOf(rejects);
    }
  }

  /** Nothing the pipeline uses: a refused input or a format this version cannot read. */
  record Unusable(List<Reject> rejects) implements EntryContent {
    /** Freezes the list. */
    public Unusable {
      rejects = List.copyOf(rejects);
    }
  }
}
