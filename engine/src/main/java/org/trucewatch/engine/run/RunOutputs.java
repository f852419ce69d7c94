package org.trucewatch.engine.run;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.fuse.IncidentSummary;
import org.trucewatch.core.fuse.IncidentSummaryColumns;
import org.trucewatch.core.lifecycle.IncidentLifecycle;
import org.trucewatch.core.lifecycle.LifecycleState;
import org.trucewatch.engine.lifecycle.IncidentLifecycles;
import org.trucewatch.report.ReportSection;
import org.trucewatch.report.ReviewSection;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.assess.Assessor;
import org.trucewatch.core.thermal.SiteActivityBaseline;
import org.trucewatch.core.thermal.CloudCover;
import org.trucewatch.core.thermal.SatellitePasses;
import org.trucewatch.core.thermal.SiteCoverage;
import org.trucewatch.core.thermal.SiteDayCoverage;
import org.trucewatch.engine.publish.SiteCoverageCsvWriter;
import org.trucewatch.report.SiteClassesSection;
import org.trucewatch.core.agreement.CorridorProvision;
import org.trucewatch.core.maritime.CorridorTransitDetector;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.formats.track.TrackGeoJsonWriter;
import org.trucewatch.formats.track.TrackKmlWriter;
import org.trucewatch.core.coverage.CoverageMapper;
import org.trucewatch.core.coverage.HexGrid;
import org.trucewatch.core.coverage.ZoneCoverage;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.engine.publish.CoverageGeoJsonWriter;
import org.trucewatch.engine.publish.FindingsJsonlWriter;
import org.trucewatch.engine.publish.ManifestWriter;
import org.trucewatch.engine.publish.OutputFile;
import org.trucewatch.engine.publish.OutputSink;
import org.trucewatch.engine.publish.RejectsJsonlWriter;
import org.trucewatch.report.InputSummary;
import org.trucewatch.report.MaritimeMovements;
import org.trucewatch.report.IncidentLayersSection;
import org.trucewatch.report.ReportHtmlWriter;
import org.trucewatch.report.ReportInput;
import org.trucewatch.engine.mission.EntryReading;
import org.trucewatch.engine.mission.Mission;
import org.trucewatch.engine.mission.SiteBaselines;
import org.trucewatch.formats.Reject;

/**
 * The published files of a run, computed from what was read back from the ledger and the
 * agreement alone: {@code run} writes them, {@code verify} recomputes them and compares bytes.
 */
public final class RunOutputs {
  /** The outputs besides the manifest, in manifest order. */
  public static final List<String> OUTPUTS =
      List.of("findings.jsonl", "incidents.geojson", "rejects.jsonl", "report.html", "coverage.geojson",
          "site-coverage.csv");

  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  /**
   * What was written and the pipeline's result.
   *
   * @param files the files written, in the order written: the outputs, then {@code manifest.json}
   * @param incidents the incidents, summarised ({@link IncidentSummary}: members kept whole only
   *     for an incident with a finding or casualties), sorted by start then id
   * @param findings the findings, sorted by time then id
   * @param lifecycles the review lifecycle of every incident with a finding, a review history or
   *     a state other than its automatic one, by incident id; every other incident is in its
   *     automatic state
   */
  public record Rendered(List<OutputFile> files, List<IncidentSummary> incidents, List<Finding> findings,
      SortedMap<String, IncidentLifecycle> lifecycles) {
    /** Freezes the lists. */
    public Rendered {
      files = List.copyOf(files);
      // a streamed run's summaries stay as columns rather than becoming one object each
      incidents = IncidentSummaryColumns.frozen(incidents);
      findings = List.copyOf(findings);
    }
  }

  private final CoverageSettings coverage;

  /**
   * Outputs with the default coverage settings (H3 resolution 8, default swath widths). The
   * protected sites' coverage takes the cloud cover recorded in the ledger ({@link
   * Mission#cloudCover}).
   */
  public RunOutputs() {
    this(CoverageSettings.DEFAULT);
  }

  /** Outputs with these coverage settings. */
  public RunOutputs(CoverageSettings coverage) {
    this.coverage = coverage;
  }

  /**
   * Runs enrich, fuse and assess over the contents and writes every output and then the manifest
   * to {@code sink}, each as it is produced. The pipeline runs as a stream ({@link
   * Pipeline#runStreaming}) over the observations in time order: memory holds the fusion window
   * and a summary of each incident, not the files nor every incident's members.
   *
   * @throws IOException when the sink cannot write a file
   */
  public Rendered render(
      Agreement agreement,
      String agreementName,
      String agreementSha256,
      Mission contents,
      Progress progress,
      OutputSink sink) throws IOException {
    SiteActivityBaseline siteBaseline = SiteBaselines.of(agreement, contents.siteBaseline(), 0);
    if (!siteBaseline.isEmpty()) {
      progress.report(String.format(java.util.Locale.ROOT, "site baseline: %,d detections of %s",
          contents.siteBaseline().size(), siteBaseline.years()));
    }
    // vessel tracks are taken ship by ship, from the fixes held compactly when the fold held them
    Pipeline pipeline = new Pipeline(agreement, contents.sources(), contents.fusion(), siteBaseline);
    Pipeline.SeaByShip sea = pipeline.seaByShip(contents.observations(),
        contents.vesselFixes().tracks(MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots()));
    // incidents are assessed and written out as they close, so memory holds a summary of each, not its members
    try (ClosedIncidents closed = new ClosedIncidents(IncidentLifecycles.reviews(contents.actions()))) {
      try {
        pipeline.runStreaming(contents.observations(), sea, contents.vesselFixes().militaryObservations(), progress, closed);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      closed.finish();
      return render(agreement, agreementName, agreementSha256, contents, progress, sink, sea, closed);
    }
  }

  private Rendered render(
      Agreement agreement,
      String agreementName,
      String agreementSha256,
      Mission contents,
      Progress progress,
      OutputSink sink,
      Pipeline.SeaByShip sea,
      ClosedIncidents closed) throws IOException {
    List<IncidentSummary> incidents = closed.incidents();
    List<Finding> findings = closed.findings();
    SortedMap<String, IncidentLifecycle> lifecycles = closed.lifecycles();
    Period period = Period.of(contents);
    List<Reject> rejects = new ArrayList<>(contents.rejects());
    List<ZoneCoverage> zoneCoverage =
        new CoverageMapper(agreement, new HexGrid(coverage.resolution()), coverage.swathWidths())
            .map(contents.observations());
    progress.report(String.format(java.util.Locale.ROOT, "coverage: %,d zones at H3 resolution %d",
        zoneCoverage.size(), coverage.resolution()));
    ReportInput report = reportInput(agreement, contents, incidents, findings, rejects, zoneCoverage, sea, period);
    Map<String, LifecycleState> states = IncidentLifecycles.states(lifecycles);
    List<OutputFile> written = new ArrayList<>();
    written.add(sink.write("findings.jsonl", out -> new FindingsJsonlWriter().write(findings, states, out)));
    written.add(sink.write("incidents.geojson", closed::writeIncidents));
    written.add(sink.write("rejects.jsonl", out -> new RejectsJsonlWriter().write(rejects, out)));
    List<SiteDayCoverage> siteCoverage = period.first() == null ? List.of()
        : siteCoverage(agreement, contents.observations(), contents.cloudCover(), period.first(), period.last());
    List<ReportSection> sections = new ArrayList<>(List.of(new SiteClassesSection(agreement, findings, siteCoverage),
        new IncidentLayersSection(incidents, findings, contents.sources())));
    ReviewSection review = new ReviewSection(incidents, lifecycles);
    if (review.hasHistory()) {
      sections.add(review);
    }
    written.add(sink.write("report.html", out -> new ReportHtmlWriter().write(report, sections, out)));
    written.add(sink.write("site-coverage.csv", out -> new SiteCoverageCsvWriter().write(agreement, siteCoverage, out)));
    written.add(sink.write("coverage.geojson",
        out -> new CoverageGeoJsonWriter().write(zoneCoverage, report.periodStart(), report.periodEnd(), out)));
    if (sea.ships().mmsis().length > 0) {
      // vessel tracks only when there is AIS input, with the corridor stays marked on them
      List<CorridorProvision> corridors = new ArrayList<>();
      for (var p : agreement.provisions()) {
        if (p instanceof CorridorProvision c) {
          corridors.add(c);
        }
      }
      written.add(sink.write("tracks.geojson",
          out -> new TrackGeoJsonWriter().write(sea.ships(), new CorridorTransitDetector(corridors), out)));
      written.add(sink.write("tracks.kml", out -> new TrackKmlWriter().write(sea.ships(), out)));
    }

    List<OutputFile> outputs = new ArrayList<>(written);
    outputs.sort(Comparator.comparing(OutputFile::name));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("observations", contents.observationCount());
    counts.put("repeated_observations", contents.repeats());
    counts.put("duplicate_detections", contents.pixelCopies());
    counts.put("rejects", (long) rejects.size());
    long reduced = contents.observations().stream().filter(o -> o.attributes().containsKey(Assessor.REDUCED)).count();
    if (reduced > 0) {
      // detections with a nominal time or pixel: written only when there are some
      counts.put("reduced_detections", reduced);
    }
    counts.put("sources", (long) contents.sources().all().size());
    counts.put("incidents", (long) incidents.size());
    counts.put("findings", (long) findings.size());
    written.add(sink.write(MANIFEST, out -> new ManifestWriter()
        .write(agreementName, agreementSha256, contents.checkpoint(), contents.entries(), counts, outputs, out)));
    return new Rendered(written, incidents, findings, lifecycles);
  }

  /** The time of the mission's first and last observation, AIS fixes among them; nulls without any. */
  private record Period(Instant first, Instant last) {
    static Period of(Mission contents) {
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
      java.util.Optional<long[]> fixes = contents.vesselFixes().timeRange();
      if (fixes.isPresent()) {
        Instant a = Instant.ofEpochMilli(fixes.get()[0]);
        Instant b = Instant.ofEpochMilli(fixes.get()[1]);
        start = start == null || a.isBefore(start) ? a : start;
        end = end == null || b.isAfter(end) ? b : end;
      }
      return new Period(start, end);
    }
  }

  private static ReportInput reportInput(
      Agreement agreement, Mission contents, List<IncidentSummary> incidents, List<Finding> findings, List<Reject> rejects,
      List<ZoneCoverage> coverage, Pipeline.SeaByShip sea, Period period) {
    List<InputSummary> inputs = new ArrayList<>();
    for (EntryReading e : contents.entries()) {
      inputs.add(new InputSummary(e.name(), e.format(), e.sha256(), e.observations(), e.rejects()));
    }
    List<String> samples = rejects.stream().limit(20).map(Reject::toString).toList();
    return new ReportInput(
        agreement,
        incidents,
        findings,
        contents.sources(),
        inputs,
        samples,
        rejects.size(),
        contents.checkpoint().headChainHash(),
        contents.checkpoint().entryCount(),
        period.first(),
        period.last(),
        coverage,
        MaritimeMovements.of(agreement, sea.ships(), sea.detections()));
  }


  /**
   * Which protected sites satellite passes covered on each UTC day from the first to the last
   * observation; none when there is no observation.
   */
  static List<SiteDayCoverage> siteCoverage(Agreement agreement, List<Observation> observations, CloudCover cloud) {
    if (observations.isEmpty()) {
      return List.of();
    }
    Instant first = observations.get(0).eventTime();
    Instant last = first;
    for (Observation o : observations) {
      first = o.eventTime().isBefore(first) ? o.eventTime() : first;
      last = o.eventTime().isAfter(last) ? o.eventTime() : last;
    }
    return siteCoverage(agreement, observations, cloud, first, last);
  }

  /** As {@link #siteCoverage(Agreement, List, CloudCover)}, over the days from {@code from} to {@code to}. */
  static List<SiteDayCoverage> siteCoverage(Agreement agreement, List<Observation> observations, CloudCover cloud,
      Instant from, Instant to) {
    LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
    LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
    return new SiteCoverage(SiteCoverage.DEFAULT_CLOUD_LIMIT)
        .of(agreement, SatellitePasses.ofTimeOrdered(observations), cloud, first, last);
  }

  /**
   * The output files a manifest lists, in its order: what a published run consists of besides
   * the manifest. Runs with AIS input, for instance, publish vessel tracks that others do not.
   *
   * @throws IllegalArgumentException when the bytes are not a manifest
   */
  public static List<String> listedIn(byte[] manifest) {
    try {
      com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest);
      com.fasterxml.jackson.databind.JsonNode outputs = root == null ? null : root.get("outputs");
      if (outputs == null || !outputs.isArray()) {
        throw new IllegalArgumentException("not a Trucewatch manifest: no \"outputs\" list");
      }
      List<String> names = new ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode o : outputs) {
        names.add(o.get("name").asText());
      }
      return names;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a Trucewatch manifest: " + e.getMessage(), e);
    }
  }
}
