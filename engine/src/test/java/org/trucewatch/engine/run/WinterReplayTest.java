package org.trucewatch.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.engine.Progress;

/**
 * The winter of 2022-23 replayed at two plants: the reduced FIRMS archive (position and date only)
 * around Burshtyn TPP, whose switchgear four missiles hit on 10 October 2022
 * ({@code examples/winter-2022/strikes.csv}), and Dobrotvir TPP, against the example agreements,
 * with the 2012-2021 archive around them as the sites' baseline.
 */
class WinterReplayTest {
  /** Burshtyn TPP and Dobrotvir TPP, lat and lon as the agreements place them. */
  private static final double[][] PLANTS = {{49.2104, 24.6665}, {50.2133, 24.3750}};
  private static final String BURSHTYN = "\"element\":\"energy-moratorium/burshtyn-tpp\"";
  private static final String DOBROTVIR = "\"element\":\"energy-moratorium/dobrotvir-tpp\"";

  private static Path archive(String year) {
    Path f = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data", "firms", "archive",
        "ukr_fire_data_" + year + ".csv");
    assumeTrue(Files.isRegularFile(f), "shared data " + f + " not found; skipping");
    return f;
  }

  /** The rows of an archive year within about ten kilometres of the two plants: a small real extract. */
  private static Path extract(Path dir, String year) throws Exception {
    List<String> lines = Files.readAllLines(archive(year));
    List<String> near = new ArrayList<>();
    near.add(lines.get(0));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      for (double[] p : PLANTS) {
        if (Math.abs(Double.parseDouble(f[0]) - p[0]) < 0.1 && Math.abs(Double.parseDouble(f[1]) - p[1]) < 0.15) {
          near.add(l);
          break;
        }
      }
    }
    Path out = dir.resolve("west-ukraine-" + year + ".csv");
    Files.write(out, near);
    return out;
  }

  private static Path agreement(String name) {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/" + name);
  }

  private static List<String> findingsAt(String site, Path agreement, Path input, List<Path> baseline, Path out)
      throws Exception {
    return findingsAt(site, agreement, input, baseline, out, Progress.SILENT);
  }

  private static List<String> findingsAt(
      String site, Path agreement, Path input, List<Path> baseline, Path out, Progress progress) throws Exception {
    new ReplayRun(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC)).execute(
        new RunRequest(agreement, List.of(input), out, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), baseline),
        progress);
    return Files.readAllLines(out.resolve("findings.jsonl")).stream().filter(l -> l.contains(site)).toList();
  }

  private static List<Path> baseline(Path dir) throws Exception {
    List<Path> out = new ArrayList<>();
    for (String y : List.of("2012", "2013", "2016", "2018", "2019", "2020", "2021")) {
      out.add(extract(dir, y));
    }
    return out;
  }

  @Test
  void findsTheReportedStrikeOnBurshtynOnTheTenthOfOctoberFromTheReducedArchive(@TempDir Path work) throws Exception {
    Path input = extract(work, "2022");
    List<String> progress = new ArrayList<>();

    List<String> findings = findingsAt(BURSHTYN, agreement("ukraine-energy-winter-2022.yaml"), input, baseline(work),
        work.resolve("out"), progress::add);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0)).contains("\"time\":\"2022-10-10T12:00:00Z\"")
        .contains("from an extract without acq_time, scan, track: time known only to the UTC day, nominal pixel");
    // the run says what the extract lacks and what it was given instead, and counts such detections
    long rows = Files.lines(input).count() - 1;
    assertThat(progress).anyMatch(l -> l.startsWith("read ledger entry 2 west-ukraine-2022.csv: ")
        && l.endsWith(String.format(java.util.Locale.ROOT,
            "; %,d without acq_time, scan, track: nominal pixel 1 km, time the whole UTC day", rows)));
    assertThat(Files.readString(work.resolve("out").resolve("manifest.json")))
        .contains("\"reduced_detections\" : " + rows);
  }

  @Test
  void holdsBackAPlantsDayWithinItsNormalActivityAndKeepsTheStrike(@TempDir Path work) throws Exception {
    Path input = extract(work, "2022");
    Path year = agreement("ukraine-energy-2022-2023.yaml");
    List<Path> baseline = baseline(work);

    List<String> without = findingsAt(DOBROTVIR, year, input, List.of(), work.resolve("without"));
    List<String> with = findingsAt(DOBROTVIR, year, input, baseline, work.resolve("with"));
    List<String> strike = findingsAt(BURSHTYN, year, input, baseline, work.resolve("with-burshtyn"));

    // one detection at Dobrotvir on 17 March 2022; in mid-March of 2012-2021 the plant had a
    // detection on more than one day in twenty, so one a day is within its normal bound
    assertThat(without).anyMatch(l -> l.contains("\"time\":\"2022-03-17T12:00:00Z\""));
    assertThat(with).noneMatch(l -> l.contains("\"time\":\"2022-03-17T12:00:00Z\""));
    assertThat(with.size()).isLessThan(without.size());
    assertThat(strike).anyMatch(l -> l.contains("\"time\":\"2022-10-10T12:00:00Z\""));
  }
}
