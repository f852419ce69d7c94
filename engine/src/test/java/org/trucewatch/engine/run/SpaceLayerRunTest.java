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
 * A month of the shared S-NPP file (March 2023) against the example agreement, with its
 * moratorium set to that month (the example's own period is 2025, after the data).
 */
class SpaceLayerRunTest {
  private static final List<String> OUTPUTS =
      List.of("findings.jsonl", "incidents.geojson", "rejects.jsonl", "report.html", "site-coverage.csv", "manifest.json");

  private static Path month(Path dir) throws Exception {
    Path shared = Path.of(System.getProperty("trucewatch.shared", "../shared"), "data", "firms", "fire_nrt_SV-C2_400448.csv");
    assumeTrue(Files.isRegularFile(shared), "shared data " + shared + " not found; skipping");
    List<String> lines = Files.readAllLines(shared);
    List<String> march = new ArrayList<>();
    march.add(lines.get(0));
    for (String l : lines) {
      if (l.contains(",2023-03-")) {
        march.add(l);
      }
    }
    Path inputs = dir.resolve("inputs");
    Files.createDirectories(inputs);
    Files.write(inputs.resolve("firms-2023-03.csv"), march);
    return inputs;
  }

  private static Path agreement(Path dir) throws Exception {
    Path example = Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
    String text = Files.readString(example);
    String moved = text.replace("effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}",
        "effective: {from: 2023-03-01T00:00:00Z, until: 2023-04-01T00:00:00Z}");
    assertThat(moved).isNotEqualTo(text);
    Path a = dir.resolve("agreement.yaml");
    Files.writeString(a, moved);
    return a;
  }

  @Test
  void aMonthOfSnppGivesSiteFindingsAndACoverageTableByteIdenticalTwice(@TempDir Path work) throws Exception {
    Path inputs = month(work);
    Path agreement = agreement(work);
    Path a = work.resolve("a");
    Path b = work.resolve("b");
    // overcast over Zmiivska on the 15th; a whole-area value for the 13th; one bad line
    Path cloud = work.resolve("cloud.csv");
    Files.writeString(cloud, "date,latitude,longitude,cloud_cover\n2023-03-15,49.5853,36.5236,0.9\n"
        + "2023-03-13,,,0.1\n2023-03-16,49.5853,36.5236,cloudy\n");
    new ReplayRun(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .execute(new RunRequest(agreement, List.of(inputs), a, Optional.empty(), Optional.empty(), Optional.of(cloud)), Progress.SILENT);
    new ReplayRun(Clock.systemUTC())
        .execute(new RunRequest(agreement, List.of(inputs), b, Optional.empty(), Optional.empty(), Optional.of(cloud)), Progress.SILENT);

    for (String f : OUTPUTS) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    String findings = Files.readString(a.resolve("findings.jsonl"));
    assertThat(findings).contains("energy-moratorium/zmiivska-tpp").contains("thermal-anomaly from firms-viirs-snpp");

    List<String> coverage = Files.readAllLines(a.resolve("site-coverage.csv"));
    assertThat(coverage.get(0)).isEqualTo("provision,site,category,date,status,passes,satellites,cloud_cover");
    assertThat(coverage).hasSize(1 + 47 * 31);
    // the file is clipped to Ukraine: Russian sites far outside it are never seen from it
    assertThat(coverage).filteredOn(l -> l.contains(",leningrad-npp,")).allMatch(l -> l.contains(",not observed,0,,"));
    // Zmiivska lies amid the detections: most days a morning or night pass spans it
    long zmiivObserved = coverage.stream().filter(l -> l.contains(",zmiivska-tpp,") && l.contains(",observed,")).count();
    assertThat(zmiivObserved).isBetween(10L, 31L);
    assertThat(coverage).contains("energy-moratorium,zmiivska-tpp,thermal,2023-03-15,clouded,1,firms-viirs-snpp,0.90");
    assertThat(coverage).contains("energy-moratorium,zmiivska-tpp,thermal,2023-03-13,observed,1,firms-viirs-snpp,0.10");
    assertThat(Files.readString(a.resolve("rejects.jsonl"))).contains("cloud.csv").contains("cloud_cover");
    // the day of the finding: the morning and the night pass
    assertThat(coverage).contains("energy-moratorium,zmiivska-tpp,thermal,2023-03-14,observed,2,firms-viirs-snpp,");

    String report = Files.readString(a.resolve("report.html"));
    assertThat(report).contains("<section id=\"sites\">").contains("Nuclear power plants").contains("Refineries")
        .contains("<h3 id=\"sites-substation\">Substations</h3>\n<p class=\"muted\">The agreement protects no site of this class.</p>")
        .contains("Zmiivska Thermal Power Plant");
  }

  @Test
  void theCloudCoverIsRecordedInTheLedgerSoThatVerifyReproducesTheCoverageTable(@TempDir Path work) throws Exception {
    Path inputs = month(work);
    Path agreement = agreement(work);
    Path out = work.resolve("out");
    Path cloud = work.resolve("cloud.csv");
    Files.writeString(cloud, "date,latitude,longitude,cloud_cover\n2023-03-15,49.5853,36.5236,0.9\n2023-03-16,,,oops\n");
    new ReplayRun(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .execute(new RunRequest(agreement, List.of(inputs), out, Optional.empty(), Optional.empty(), Optional.of(cloud)),
            Progress.SILENT);
    // the user's file is gone when the run is checked: only the ledger can hold its clouds
    Files.delete(cloud);
    String coverage = Files.readString(out.resolve("site-coverage.csv"));
    assertThat(coverage).contains("energy-moratorium,zmiivska-tpp,thermal,2023-03-15,clouded,1,firms-viirs-snpp,0.90");

    java.util.Map<String, byte[]> published = new java.util.TreeMap<>();
    try (var files = Files.list(out)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("ledger.sqlite")).toList()) {
        published.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    assertThat(published).containsKeys("manifest.json", "site-coverage.csv", "report.html");
    try (var ledger = org.trucewatch.ledger.LedgerStores.open(out.resolve("ledger.sqlite").toString(),
        org.trucewatch.ledger.LedgerOptions.readOnly(Clock.systemUTC()))) {
      assertThat(ledger.entries()).filteredOn(e -> e.format().equals(org.trucewatch.engine.ingest.LedgerFormats.CLOUD_COVER))
          .extracting(org.trucewatch.ledger.LedgerEntry::name).containsExactly("cloud-cover/cloud.csv");
      var outcome = new org.trucewatch.engine.verify.PublishedRunVerifier(Progress.SILENT).verify(ledger, published, null);
      assertThat(outcome.problems()).isEmpty();
      assertThat(outcome.checked()).anyMatch(c -> c.contains("site-coverage.csv"));
    }
    // the bad line is rejected by file and line, from the ledger entry
    assertThat(Files.readString(out.resolve("rejects.jsonl"))).contains("cloud-cover/cloud.csv").contains("cloud_cover");
  }
}
