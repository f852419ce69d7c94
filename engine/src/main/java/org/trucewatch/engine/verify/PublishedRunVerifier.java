package org.trucewatch.engine.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.mission.LedgerAgreement;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.engine.run.RunOutputs;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.ledger.BrokenEntry;
import org.trucewatch.ledger.Checkpoint;
import org.trucewatch.ledger.LedgerPublicKey;
import org.trucewatch.ledger.LedgerView;
import org.trucewatch.ledger.SignedCheckpoint;
import org.trucewatch.ledger.VerificationReport;

/**
 * Verifies a published run against its ledger: the chain and the signatures, that the checkpoint
 * the manifest cites is on the chain and signed, and that re-running the pipeline over the ledger
 * alone (up to that checkpoint, with the agreement stored in it) gives the published outputs and
 * manifest byte for byte.
 */
public final class PublishedRunVerifier {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Progress progress;

  /** A verifier reporting progress of the re-run. */
  public PublishedRunVerifier(Progress progress) {
    this.progress = progress;
  }

  /**
   * Verifies.
   *
   * @param ledger the ledger the outputs claim to rest on
   * @param published the published files by name: {@code manifest.json} and the outputs
   * @param trusted the key the deployment publishes, or null to accept the keys the ledger holds
   *     (their ids are then printed for the reader to compare)
   */
  public VerificationOutcome verify(LedgerView ledger, Map<String, byte[]> published, LedgerPublicKey trusted) {
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    byte[] manifestBytes = published.get(RunOutputs.MANIFEST);
    if (manifestBytes == null) {
      problems.add("no " + RunOutputs.MANIFEST + " to verify");
      return new VerificationOutcome(checked, problems, Optional.empty());
    }
    Cited cited;
    try {
      cited = Cited.of(JSON.readTree(manifestBytes));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(RunOutputs.MANIFEST + " cannot be read: " + e.getMessage());
      return new VerificationOutcome(checked, problems, Optional.empty());
    }
    checked.add(String.format(Locale.ROOT, "manifest: cites ledger checkpoint of %d entries, head %s",
        cited.checkpoint().entryCount(), cited.checkpoint().headChainHash()));

    VerificationReport report = ledger.verify(cited.checkpoint(), trusted);
    checked.add(String.format(Locale.ROOT,
        "chain: %d entries of %s, each one's bytes re-hashed, its link and chain hash recomputed",
        report.entriesChecked(), ledger.location()));
    checked.add(String.format(Locale.ROOT, "signatures: %d signed checkpoints, Ed25519, by key %s%s",
        report.signedCheckpointsChecked(),
        report.signingKeyIds().isEmpty() ? "(none)" : String.join(", ", report.signingKeyIds()),
        trusted == null ? "" : " (trusted key " + trusted.id() + ")"));
    Optional<Long> firstBad = Optional.empty();
    if (!report.intact()) {
      BrokenEntry first = report.broken().get(0);
      firstBad = Optional.of(first.seq());
      for (BrokenEntry b : report.broken()) {
        problems.add("ledger record " + b.seq() + ": " + b.reason());
      }
      // The re-run would only repeat what is already known to be wrong.
      return new VerificationOutcome(checked, problems, firstBad);
    }
    boolean citedIsSigned = false;
    for (SignedCheckpoint s : ledger.signedCheckpoints()) {
      citedIsSigned |= s.checkpoint().equals(cited.checkpoint());
    }
    checked.add("the manifest's checkpoint is " + (citedIsSigned ? "signed" : "NOT signed"));
    if (!citedIsSigned) {
      problems.add("the checkpoint the manifest cites (" + cited.checkpoint().entryCount()
          + " entries) carries no signature in the ledger");
      firstBad = Optional.of(cited.checkpoint().entryCount());
    }

    // one reading of the ledger up to the cited checkpoint: the agreement and everything else
    // the observations spilled to a temporary file: years of detections in a default heap
    Mission contents = MissionFold.of(ledger, cited.checkpoint().entryCount(), progress, true, true);
    Optional<LedgerAgreement> agreementEntry = contents.agreement(cited.agreementSha256());
    if (agreementEntry.isEmpty()) {
      problems.add("the agreement the manifest names (" + cited.agreementName() + ", sha256 "
          + cited.agreementSha256() + ") is not in the ledger's first "
          + cited.checkpoint().entryCount() + " entries");
      return new VerificationOutcome(checked, problems, firstBad);
    }
    Agreement agreement;
    try {
      agreement = agreementEntry.get().read();
    } catch (AgreementFileException e) {
      problems.add("the agreement in ledger record " + agreementEntry.get().seq() + " cannot be read: "
          + e.getMessage());
      return new VerificationOutcome(checked, problems, Optional.of(agreementEntry.get().seq()));
    }
    checked.add("agreement: " + cited.agreementName() + " from ledger record " + agreementEntry.get().seq());

    PublishedFileComparison comparison = new PublishedFileComparison(published);
    RunOutputs.Rendered rendered;
    try {
      rendered = new RunOutputs().render(agreement, cited.agreementName(), cited.agreementSha256(), contents, progress,
          comparison);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      contents.close();
    }
    checked.add(String.format(Locale.ROOT,
        "re-run from the ledger alone: %d observations, %d incidents, %d findings",
        contents.observationCount(), rendered.incidents().size(), rendered.findings().size()));
    for (PublishedFileComparison.Compared c : comparison.compared()) {
      String name = c.file().name();
      if (c.missing()) {
        problems.add(name + " is missing from what was published");
        checked.add(name + ": missing");
      } else {
        checked.add(name + ": " + c.difference().map(d -> "DIFFERS").orElse("byte-identical")
            + " (" + c.file().sizeBytes() + " bytes, sha256 " + c.file().sha256() + ")");
        c.difference().ifPresent(d -> problems.add(name + " differs from the one re-computed from the ledger: " + d));
      }
    }
    return new VerificationOutcome(checked, problems, firstBad);
  }

  /** What a manifest cites. */
  private record Cited(Checkpoint checkpoint, String agreementName, String agreementSha256) {
    static Cited of(JsonNode manifest) {
      JsonNode ledger = manifest.path("ledger");
      JsonNode agreement = manifest.path("agreement");
      if (!ledger.path("entries").canConvertToLong() || !ledger.path("head").isTextual()) {
        throw new IllegalArgumentException("its ledger.entries or ledger.head is missing");
      }
      return new Cited(
          new Checkpoint(ledger.path("entries").asLong(), ledger.path("head").asText()),
          agreement.path("name").asText(""),
          agreement.path("sha256").asText(""));
    }
  }
}
