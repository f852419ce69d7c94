package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.engine.run.RunOutputs;

/**
 * {@code trucewatch run} over real FIRMS detections in a JVM of small heap gives the same bytes as
 * in a large one. Each run is a forked JVM, so the heap limit is real: the 2023 file's first 60 days
 * at 256 MB, and the whole file (261 days, 42,415 detections) at 512 MB.
 */
class BoundedMemoryRunTest {
  private static final Path ROOT = Path.of(System.getProperty("trucewatch.root", ".."));
  private static final Path FIRMS_2023 = ROOT.resolve("../shared/data/firms/fire_nrt_SV-C2_400448.csv");
  /** The heap the small runs get: before streaming, 60 days of coverage alone needed more. */
  static final String SMALL_HEAP = "-Xmx256m";
  static final String YEAR_HEAP = "-Xmx512m";
  static final String LARGE_HEAP = "-Xmx3g";

  @Test
  void sixtyDaysOfFirmsAtA256MegabyteHeapGiveTheSameBytesAsAtThreeGigabytes(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(FIRMS_2023), FIRMS_2023 + " is absent (the shared corpora): skipped");
    Path input = dir.resolve("firms-60-days.csv");
    firstDays(FIRMS_2023, input, 60);
    sameBytesAtBothHeaps(dir, input, SMALL_HEAP);
  }

  @Test
  void aYearOfFirmsAtA512MegabyteHeapGivesTheSameBytesAsAtThreeGigabytes(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(FIRMS_2023), FIRMS_2023 + " is absent (the shared corpora): skipped");
    sameBytesAtBothHeaps(dir, FIRMS_2023, YEAR_HEAP);
  }

  private static void sameBytesAtBothHeaps(Path dir, Path input, String smallHeap) throws Exception {
    Path agreement = energyMoratorium2022To2023(dir);
    Path small = run(dir, "small", smallHeap, agreement, input);
    Path large = run(dir, "large", LARGE_HEAP, agreement, input);
    List<String> names = new ArrayList<>(RunOutputs.listedIn(Files.readAllBytes(large.resolve(RunOutputs.MANIFEST))));
    names.add(RunOutputs.MANIFEST);
    assertThat(names).contains("coverage.geojson", "site-coverage.csv", "report.html");
    for (String name : names) {
      assertThat(Files.mismatch(small.resolve(name), large.resolve(name))).as(name).isEqualTo(-1L);
    }
    // the moratorium is in force over the detections: the run has findings to publish
    assertThat(Files.size(small.resolve("findings.jsonl"))).isPositive();
  }

  /** Runs {@code trucewatch run} in a JVM of its own with this heap; returns the output folder. */
  static Path run(Path dir, String name, String heap, Path agreement, Path input)
      throws IOException, InterruptedException {
    Path out = dir.resolve(name);
    Path log = dir.resolve(name + ".log");
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
            "-cp", System.getProperty("java.class.path"), Trucewatch.class.getName(),
            "run", "--agreement", agreement.toString(), "--input", input.toString(), "--out", out.toString(),
            "--key", dir.resolve("deployment.key").toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    int code = p.waitFor();
    assertThat(code).as("run at %s: %s", heap, Files.readString(log)).isZero();
    return out;
  }

  /** The example agreement with its provisions in force from 2022 to the end of 2023. */
  static Path energyMoratorium2022To2023(Path dir) throws IOException {
    String yaml = Files.readString(ROOT.resolve("examples/agreements/black-sea-energy.yaml"), StandardCharsets.UTF_8);
    String moved = yaml
        .replace("effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}",
            "effective: {from: 2022-01-01T00:00:00Z, until: 2024-01-01T00:00:00Z}")
        .replace("effective: {from: 2025-03-18T00:00:00Z}", "effective: {from: 2022-01-01T00:00:00Z}");
    assertThat(moved).doesNotContain("2025-03-18");
    Path file = dir.resolve("energy-2022-2023.yaml");
    Files.writeString(file, moved, StandardCharsets.UTF_8);
    return file;
  }

  /** The header and the rows of the file's first {@code days} days (by {@code acq_date}, column 6). */
  private static void firstDays(Path from, Path to, int days) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      assertThat(header.split(",")[5]).isEqualTo("acq_date");
      w.write(header + "\n");
      LocalDate end = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        LocalDate d = LocalDate.parse(line.split(",")[5]);
        end = end == null ? d.plusDays(days) : end;
        if (d.isBefore(end)) {
          w.write(line + "\n");
        }
      }
    }
  }
}
