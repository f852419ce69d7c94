package org.trucewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.core.maritime.MaritimeRules;
import org.trucewatch.core.maritime.VesselTrack;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;
import org.trucewatch.engine.IncrementalPipeline;
import org.trucewatch.engine.Pipeline;
import org.trucewatch.engine.Progress;
import org.trucewatch.scenario.ScenarioSimulator;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.formats.air.AirGeoJsonReader;
import org.trucewatch.formats.ais.AisObservationReader;
import org.trucewatch.formats.firms.FirmsCsvReader;
import org.trucewatch.formats.firms.FirmsSources;
import org.trucewatch.formats.observation.ObservationJsonlReader;
import org.trucewatch.formats.sources.SourcesYamlReader;

/**
 * The live monitor's refresh, batch against incremental, in this JVM: a simulated day's
 * observations arrive in {@code pushes} equal parts (in id order, so every layer arrives
 * throughout); after each, the whole {@link Pipeline} runs over everything so far (the baseline,
 * what the live monitor did before) and {@link IncrementalPipeline} does the same refresh. Time is
 * the thread's CPU time summed over the refreshes; the two results (incidents, findings and vessel
 * tracks) are compared at every refresh and must be equal. Run with and without the AIS traffic:
 * the batch rebuilds every vessel track at each refresh, the incremental pipeline extends those of
 * the ships with new fixes.
 *
 * <p>Arguments: agreement file, seed, pushes, {@code with-ais} or {@code without-ais}, optionally
 * the scenario's length in hours (default 24) and the order of arrival: {@code id} (default: each
 * push a random sample of the whole scenario, so every ship's track gains fixes in its past) or
 * {@code time} (each push the next slice of time, as live feeds deliver).
 */
public final class IncrementalRefresh {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private IncrementalRefresh() {}

  /** Runs the comparison and prints one line. */
  public static void main(String[] args) throws Exception {
    Agreement agreement = new AgreementReader().read(Path.of(args[0]));
    long seed = Long.parseLong(args[1]);
    int pushes = Integer.parseInt(args[2]);
    boolean ais = args[3].equals("with-ais");
    Path dir = Files.createTempDirectory("incremental-refresh");
    int hours = args.length > 4 ? Integer.parseInt(args[4]) : 24;
    new ScenarioSimulator(agreement, seed).simulate(ScenarioSimulator.defaultStart(agreement),
        java.time.Duration.ofHours(hours), dir);
    Path in = dir.resolve("inputs");
    List<Observation> all = new ArrayList<>();
    all.addAll(new FirmsCsvReader().read("firms", "0".repeat(64), Files.readAllBytes(in.resolve("firms_viirs_snpp.csv"))).observations());
    all.addAll(new ObservationJsonlReader().read("drones", "0".repeat(64), Files.readAllBytes(in.resolve("drones.jsonl"))).observations());
    all.addAll(new ObservationJsonlReader().read("reports", "0".repeat(64), Files.readAllBytes(in.resolve("reports.jsonl"))).observations());
    all.addAll(new AirGeoJsonReader().read("air", "0".repeat(64), Files.readAllBytes(in.resolve("air_detections.geojson"))).observations());
    if (ais) {
      all.addAll(new AisObservationReader().read("ais", "0".repeat(64), Files.readAllBytes(in.resolve("ais-traffic.nmea"))).observations());
    }
    List<Source> sources = new ArrayList<>(FirmsSources.defaults());
    sources.addAll(new SourcesYamlReader().read("sources.yaml", Files.readAllBytes(in.resolve("sources.yaml"))).sources());
    sources.addAll(new SourcesYamlReader().read("air_sources.yaml", Files.readAllBytes(in.resolve("air_sources.yaml"))).sources());
    SourceDirectory directory = new SourceDirectory(sources);
    boolean byTime = args.length > 5 && args[5].equals("time");
    all.sort(byTime ? Comparator.comparing(Observation::eventTime).thenComparing(Observation::id) : Comparator.comparing(Observation::id));

    IncrementalPipeline incremental = new IncrementalPipeline(agreement);
    long batchNanos = 0;
    long incrementalNanos = 0;
    List<Observation> sofar = new ArrayList<>();
    int incidents = 0;
    for (int k = 1; k <= pushes; k++) {
      sofar.addAll(all.subList(all.size() * (k - 1) / pushes, all.size() * k / pushes));
      // the live monitor keeps its observations sorted by time, then id
      sofar.sort(Comparator.comparing(Observation::eventTime).thenComparing(Observation::id));
      long t0 = CPU.getCurrentThreadCpuTime();
      Pipeline.Result batch = new Pipeline(agreement, directory, FusionParameters.DEFAULT).run(sofar, Progress.SILENT);
      long t1 = CPU.getCurrentThreadCpuTime();
      Pipeline.Result inc = incremental.run(sofar, directory, FusionParameters.DEFAULT);
      long t2 = CPU.getCurrentThreadCpuTime();
      batchNanos += t1 - t0;
      incrementalNanos += t2 - t1;
      if (!batch.incidents().equals(inc.incidents()) || !batch.findings().equals(inc.findings())) {
        throw new IllegalStateException("refresh " + k + ": incremental result differs from the batch");
      }
      if (!incremental.tracks().equals(VesselTrack.fromObservations(sofar, MaritimeRules.DEFAULTS.maxPlausibleSpeedKnots()))) {
        throw new IllegalStateException("refresh " + k + ": incremental vessel tracks differ from the batch's");
      }
      incidents = inc.incidents().size();
    }
    System.out.printf(Locale.ROOT,
        "%s seed %d, %d h, arrival by %s: %,d observations in %d pushes, %,d incidents at the end; batch %.2f cpu-s, "
            + "incremental %.2f cpu-s, ratio %.2f%n",
        ais ? "with AIS" : "without AIS", seed, hours, byTime ? "time" : "id", all.size(), pushes, incidents, batchNanos / 1e9, incrementalNanos / 1e9,
        (double) batchNanos / incrementalNanos);
  }
}
