package org.trucewatch.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.core.thermal.SatellitePasses;
import org.trucewatch.core.thermal.SiteCoverage;
import org.trucewatch.core.thermal.SiteDayCoverage;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.ingest.Ingest;
import org.trucewatch.engine.ingest.IngestOutcome;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.engine.publish.IncidentsGeoJsonWriter;
import org.trucewatch.engine.publish.ManifestWriter;
import org.trucewatch.engine.publish.OutputFile;
import org.trucewatch.engine.publish.RejectsJsonlWriter;
import org.trucewatch.engine.publish.SiteCoverageCsvWriter;
import org.trucewatch.engine.publish.report.InputSummary;
import org.trucewatch.engine.publish.report.ReportHtmlWriter;
import org.trucewatch.engine.publish.report.ReportInput;
import org.trucewatch.engine.publish.report.SiteClassesSection;
import org.trucewatch.engine.replay.EntryReading;
import org.trucewatch.engine.replay.LedgerContents;
import org.trucewatch.engine.replay.LedgerReplay;
import org.trucewatch.formats.Reject;
import org.trucewatch.formats.cloud.CloudCoverCsv;
import org.trucewatch.formats.cloud.CloudCoverCsvReader;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.ledger.SqliteLedger;

/**
 * One batch run of the whole pipeline on the embedded store: ingest the inputs into the ledger,
 * read the ledger back, enrich, fuse, assess, and publish the outputs with their manifest.
 *
 * <p>Outputs are written to temporary files and moved into place, so a crash never leaves a
 * half-written output behind a valid manifest.
 */
public final class ReplayRun {
  /** The outputs every run writes besides the manifest, in manifest order. */
  public static final List<String> OUTPUTS =
      List.of("findings.jsonl", "incidents.geojson", "rejects.jsonl", "report.html", "site-coverage.csv");

  private final Clock clock;

  /** A run that stamps ledger entries with this clock (metadata only: outputs never see it). */
  public ReplayRun(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs the request.
   *
   * @throws AgreementFileException when the agreement file has problems (each named)
   * @throws IOException when an input cannot be read or an output cannot be written
   */
  public RunSummary execute(RunRequest request, Progress progress) throws IOException, AgreementFileException {
    progress.report("agreement: " + request.agreementFile());
    Agreement agreement = new AgreementReader().read(request.agreementFile());
    byte[] agreementBytes = Files.readAllBytes(request.agreementFile());
    Files.createDirectories(request.outDir());
    Path ledgerFile = request.ledgerFile();
    if (ledgerFile.getParent() != null) {
      Files.createDirectories(ledgerFile.getParent());
    }
    try (SqliteLedger ledger = SqliteLedger.open(ledgerFile, clock)) {
      List<IngestOutcome> ingested = new Ingest(ledger, progress).ingest(InputFiles.expand(request.inputs()));
      LedgerContents contents = new LedgerReplay(progress).read(ledger);
      Pipeline.Result result =
          new Pipeline(agreement, contents.sources(), FusionParameters.DEFAULT).run(contents.observations(), progress);

      List<Reject> rejects = new ArrayList<>();
      for (IngestOutcome o : ingested) {
        o.refusal().ifPresent(why -> rejects.add(new Reject(o.name(), 0, "", why)));
      }
      rejects.addAll(contents.rejects());
      CloudCover cloud = CloudCover.NONE;
      if (request.cloudCover().isPresent()) {
        Path file = request.cloudCover().get();
        CloudCoverCsv read = new CloudCoverCsvReader().read(file.getFileName().toString(), Files.readAllBytes(file));
        rejects.addAll(read.rejects());
        cloud = read.cover();
        progress.report("cloud cover: " + file.getFileName() + ", " + read.rejects().size() + " rejects");
      }

      Map<String, String> texts = new LinkedHashMap<>();
      texts.put("findings.jsonl", new FindingsJsonlWriter().render(result.findings()));
      texts.put("incidents.geojson", new IncidentsGeoJsonWriter().render(result.incidents(), result.findings()));
      texts.put("rejects.jsonl", new RejectsJsonlWriter().render(rejects));
      List<SiteDayCoverage> coverage = siteCoverage(agreement, contents.observations(), cloud);
      texts.put("report.html", new ReportHtmlWriter().render(reportInput(agreement, contents, result, rejects),
          List.of(new SiteClassesSection(agreement, result.findings(), coverage))));
      texts.put("site-coverage.csv", new SiteCoverageCsvWriter().render(agreement, coverage));

      List<OutputFile> outputs = new ArrayList<>();
      for (Map.Entry<String, String> t : texts.entrySet()) {
        byte[] bytes = t.getValue().getBytes(StandardCharsets.UTF_8);
        writeAtomically(request.outDir().resolve(t.getKey()), bytes);
        outputs.add(new OutputFile(t.getKey(), sha256(bytes), bytes.length));
      }
      outputs.sort(java.util.Comparator.comparing(OutputFile::name));
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("observations", (long) contents.observations().size());
      counts.put("repeated_observations", contents.repeats());
      counts.put("duplicate_detections", contents.pixelCopies());
      counts.put("rejects", (long) rejects.size());
      counts.put("sources", (long) contents.sources().all().size());
      counts.put("incidents", (long) result.incidents().size());
      counts.put("findings", (long) result.findings().size());
      String manifest =
          new ManifestWriter()
              .render(
                  request.agreementFile().getFileName().toString(),
                  sha256(agreementBytes),
                  contents.checkpoint(),
                  contents.entries(),
                  counts,
                  outputs);
      writeAtomically(request.outDir().resolve("manifest.json"), manifest.getBytes(StandardCharsets.UTF_8));
      progress.report("wrote " + request.outDir().resolve("manifest.json"));
      return new RunSummary(
          ingested,
          contents.observations().size(),
          rejects,
          result.incidents().size(),
          result.findings().size(),
          contents.checkpoint(),
          request.outDir());
    }
  }

  /**
   * Which protected sites satellite passes covered on each UTC day from the first to the last
   * observation; none when there is no observation.
   */
  static List<SiteDayCoverage> siteCoverage(Agreement agreement, List<Observation> observations, CloudCover cloud) {
    if (observations.isEmpty()) {
      return List.of();
    }
    LocalDate first = LocalDate.ofInstant(observations.get(0).eventTime(), ZoneOffset.UTC);
    LocalDate last = first;
    for (Observation o : observations) {
      LocalDate d = LocalDate.ofInstant(o.eventTime(), ZoneOffset.UTC);
      first = d.isBefore(first) ? d : first;
      last = d.isAfter(last) ? d : last;
    }
    return new SiteCoverage(SiteCoverage.DEFAULT_CLOUD_LIMIT)
        .of(agreement, SatellitePasses.of(observations), cloud, first, last);
  }

  private static ReportInput reportInput(
      Agreement agreement, LedgerContents contents, Pipeline.Result result, List<Reject> rejects) {
    List<InputSummary> inputs = new ArrayList<>();
    for (EntryReading e : contents.entries()) {
      inputs.add(new InputSummary(e.name(), e.format(), e.sha256(), e.observations(), e.rejects()));
    }
    List<String> samples = rejects.stream().limit(20).map(Reject::toString).toList();
    Instant start = null;
    Instant end = null;
    for (Observation o : contents.observations()) {
      if (start == null || o.eventTime().isBefore(start)) {
        start = o.eventTime();
      }
      if (end == null || o.eventTime().isAfter(end)) {
        end = o.eventTime();
      }
    }
    return new ReportInput(
        agreement,
        result.incidents(),
        result.findings(),
        contents.sources(),
        inputs,
        samples,
        rejects.size(),
        contents.checkpoint().headChainHash(),
        contents.checkpoint().entryCount(),
        start,
        end);
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
