package org.trucewatch.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import org.trucewatch.core.observation.ObservationId;
import org.trucewatch.engine.lifecycle.FindingVersions;
import org.trucewatch.ledger.FindingVersion;
import java.util.Map;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.publish.AtomicFileSink;
import org.trucewatch.engine.ingest.Ingest;
import org.trucewatch.engine.ingest.IngestOutcome;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.MissionFold;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.fusion.FusionFileException;
import org.trucewatch.formats.fusion.FusionYamlReader;
import org.trucewatch.engine.ingest.LedgerFormats;
import org.trucewatch.ledger.DeploymentKey;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerStores;
import org.trucewatch.ledger.PostgisIncidentStore;
import org.trucewatch.ledger.PostgresLedger;
import org.trucewatch.ledger.SignedCheckpoint;

/**
 * One batch run of the whole pipeline: store the agreement and the inputs in the ledger, sign its
 * checkpoint, read the ledger back, enrich, fuse, assess, and publish the outputs with their manifest.
 *
 * <p>Outputs are streamed to temporary files and moved into place ({@link AtomicFileSink}), so a
 * crash never leaves a half-written output behind a valid manifest.
 */
public final class ReplayRun {
  /** The outputs every run writes besides the manifest, in manifest order. */
  public static final List<String> OUTPUTS = RunOutputs.OUTPUTS;

  /** The agreement's ledger entry is named this followed by the agreement's file name. */
  public static final String AGREEMENT_ENTRY_PREFIX = "agreement/";
  /** A fusion file's ledger entry is named this followed by its file name. */
  public static final String FUSION_ENTRY_PREFIX = "fusion/";

  /** A cloud-cover file's ledger entry is named this followed by its file name. */
  public static final String CLOUD_COVER_ENTRY_PREFIX = "cloud-cover/";

  /** A site-baseline file's ledger entry is named this followed by its file name. */
  public static final String SITE_BASELINE_ENTRY_PREFIX = "site-baseline/";

  private final Clock clock;
  private final CoverageSettings coverage;

  /** A run that stamps ledger entries with this clock (metadata only: outputs never see it). */
  public ReplayRun(Clock clock) {
    this(clock, CoverageSettings.DEFAULT);
  }

  /** A run with these coverage settings. */
  public ReplayRun(Clock clock, CoverageSettings coverage) {
    this.clock = clock;
    this.coverage = coverage;
  }

  /**
   * Runs the request.
   *
   * @throws AgreementFileException when the agreement file has problems (each named)
   * @throws FusionFileException when the fusion file has problems (each named)
   * @throws IOException when an input cannot be read or an output cannot be written
   */
  public RunSummary execute(RunRequest request, Progress progress)
      throws IOException, AgreementFileException, FusionFileException {
    progress.report("agreement: " + request.agreementFile());
    Agreement agreement = new AgreementReader().read(request.agreementFile());
    byte[] agreementBytes = Files.readAllBytes(request.agreementFile());
    String agreementName = request.agreementFile().getFileName().toString();
    byte[] fusionBytes = null;
    if (request.fusionFile().isPresent()) {
      // checked before anything is stored: a bad file fails the run, naming line and field
      Path f = request.fusionFile().get();
      fusionBytes = Files.readAllBytes(f);
      new FusionYamlReader().read(f.getFileName().toString(), fusionBytes);
      progress.report("fusion: " + f);
    }
    Files.createDirectories(request.outDir());
    DeploymentKey key = DeploymentKey.loadOrCreate(request.signingKeyFile());
    progress.report("signing with key " + key.publicKey().id() + " (" + request.signingKeyFile() + ")");
    try (Ledger ledger = LedgerStores.open(request.storeUrl(), LedgerOptions.signing(clock, key))) {
      // The agreement is evidence too: `trucewatch verify` re-runs from the ledger alone.
      ledger.append(AGREEMENT_ENTRY_PREFIX + agreementName, LedgerFormats.AGREEMENT, agreementBytes);
      if (fusionBytes != null) {
        // so is the fusion file: the latest one in the ledger is the one in force
        ledger.append(FUSION_ENTRY_PREFIX + request.fusionFile().get().getFileName(), LedgerFormats.FUSION, fusionBytes);
      }
      List<IngestOutcome> ingested = new Ingest(ledger, progress).ingest(InputFiles.expand(request.inputs()));
      if (request.cloudCover().isPresent()) {
        // the clouds are evidence for the coverage table: recorded, so `verify` re-runs with them
        Path file = request.cloudCover().get();
        ledger.append(CLOUD_COVER_ENTRY_PREFIX + file.getFileName(), LedgerFormats.CLOUD_COVER, Files.readAllBytes(file));
        progress.report("cloud cover: " + file.getFileName() + " recorded in the ledger");
      }
      for (Path file : request.siteBaseline()) {
        // the normal years the site rule measures against: recorded, so `verify` re-runs with them
        ledger.append(SITE_BASELINE_ENTRY_PREFIX + file.getFileName(), LedgerFormats.SITE_BASELINE, Files.readAllBytes(file));
        progress.report("site baseline: " + file.getFileName() + " recorded in the ledger");
      }
      // Signed before reading, so the outputs rest exactly on a signed checkpoint even if another
      // writer appends meanwhile.
      SignedCheckpoint signed = ledger.signCheckpoint();
      progress.report(String.format(java.util.Locale.ROOT, "signed checkpoint: %d entries, head %s, key %s",
          signed.checkpoint().entryCount(), signed.checkpoint().headChainHash(), signed.publicKey().id()));
      // the observations spilled to a temporary file: years of detections in a default heap
      Mission contents = MissionFold.of(ledger, signed.checkpoint().entryCount(), progress, true, true);
      RunOutputs.Rendered rendered =
          new RunOutputs(coverage).render(agreement, agreementName, sha256(agreementBytes), contents, progress,
              new AtomicFileSink(request.outDir()));
      progress.report("wrote " + request.outDir().resolve("manifest.json"));
      // kept beside the entries: each finding's new version, if the ledger's new entries changed it
      // only the findings' evidence is looked up: each spilled observation is decoded anew, its id too
      java.util.Set<ObservationId> evidence = new java.util.HashSet<>();
      rendered.result().findings().forEach(f -> evidence.addAll(f.evidence()));
      Map<ObservationId, String> sourceOf = new HashMap<>();
      java.util.function.Consumer<org.trucewatch.core.observation.Observation> source = o -> {
        if (evidence.contains(o.id())) {
          sourceOf.put(o.id(), o.sourceId());
        }
      };
      contents.observations().forEach(source);
      // of the AIS fixes held apart, only the military-vessel ones go on to incidents
      contents.vesselFixes().militaryObservations().forEach(source);
      contents.close();
      List<FindingVersion> stored = ledger.recordFindingVersions(new FindingVersions().since(ledger.latestFindingVersions(),
          rendered.result().incidents(), rendered.result().findings(), rendered.lifecycles(), sourceOf,
          contents.checkpoint()));
      progress.report("finding versions: " + stored.size() + " new");
      if (ledger instanceof PostgresLedger server) {
        new PostgisIncidentStore(server).replaceAll(IncidentRows.of(rendered.result()));
        progress.report("query store: " + rendered.result().incidents().size() + " incidents in PostGIS");
      }
      return new RunSummary(
          ingested,
          contents.observationCount(),
          contents.rejects(),
          rendered.result().incidents().size(),
          rendered.result().findings().size(),
          contents.checkpoint(),
          request.outDir());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
