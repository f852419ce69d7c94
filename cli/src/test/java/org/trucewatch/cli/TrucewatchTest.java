package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrucewatchTest {
  /** The exit code and what went to stdout and stderr. */
  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Trucewatch.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private static Path example() {
    return Path.of(System.getProperty("trucewatch.root", "..")).resolve("examples/agreements/black-sea-energy.yaml");
  }

  @Test
  void demoWithoutServingWritesEveryOutputAndPrintsWhereTheReportIs() throws Exception {
    Path dir = SharedDemo.get().dir();
    Outcome o = SharedDemo.get().outcome();
    assertThat(o.code()).as(o.err()).isZero();
    for (String f : new String[] {"findings.jsonl", "incidents.geojson", "report.html", "manifest.json", "ledger.sqlite"}) {
      assertThat(dir.resolve(f)).isNotEmptyFile();
    }
    // the simulated inputs are clean, so there is nothing to reject, but the file is always written
    assertThat(dir.resolve("rejects.jsonl")).isEmptyFile();
    assertThat(dir.resolve("scenario/truth.jsonl")).isNotEmptyFile();
    assertThat(o.out().trim()).isEqualTo(dir.resolve("report.html").toAbsolutePath().toString());
    assertThat(o.err()).contains("[trucewatch] fuse:").contains("findings");
    // the air layer: DMZ findings under its withdrawal lines, and the coverage they rest on
    String findings = Files.readString(dir.resolve("findings.jsonl"));
    assertThat(findings).contains("\"element\":\"kharkiv-dmz/artillery-over-100mm\"");
    String report = Files.readString(dir.resolve("report.html"));
    assertThat(report).contains("<h2>Coverage of the zones</h2>").contains("Largest unobserved areas");
    assertThat(dir.resolve("coverage.geojson")).isNotEmptyFile();
  }

  @Test
  void badCoverageOptionsAreUsageErrorsNamingTheOption(@TempDir Path dir) {
    Outcome o = run("run", "--agreement", example().toString(), "--out", dir.toString(), "--coverage-resolution", "16");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).contains("--coverage-resolution: must be 0 to 15, not 16");
    Outcome w = run("run", "--agreement", example().toString(), "--out", dir.toString(), "--swath-width", "drone-1:4000");
    assertThat(w.code()).isEqualTo(2);
    assertThat(w.err()).contains("--swath-width: expected PLATFORM=METRES");
  }

  @Test
  void twoDemosGiveByteIdenticalOutputs(@TempDir Path b) throws Exception {
    Path a = SharedDemo.get().dir();
    assertThat(run("demo", "--no-serve", "-q", "--out", b.toString()).code()).isZero();
    for (String f : new String[] {"findings.jsonl", "incidents.geojson", "report.html", "coverage.geojson", "manifest.json"}) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  @Test
  void simThenRunOnTheExampleAgreement(@TempDir Path dir) throws Exception {
    Outcome sim = run("sim", "--agreement", example().toString(), "--seed", "4", "--hours", "12", "--out", dir.resolve("s").toString());
    assertThat(sim.code()).as(sim.err()).isZero();
    Outcome r = run("run", "--agreement", example().toString(), "--input", dir.resolve("s/inputs").toString(),
        "--out", dir.resolve("out").toString(), "--store", dir.resolve("evidence.sqlite").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("evidence.sqlite")).isNotEmptyFile();
    assertThat(dir.resolve("out/ledger.sqlite")).doesNotExist();
    long inputFiles;
    try (var files = Files.list(dir.resolve("s/inputs"))) {
      inputFiles = files.count(); // every layer's files; the ledger also holds the agreement
    }
    assertThat(inputFiles).isGreaterThan(4);
    assertThat(Files.readString(dir.resolve("out/manifest.json"))).contains("\"entries\" : " + (inputFiles + 1));
  }

  @Test
  void badAgreementFailsWithOneLineNamingFileLineAndField(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("agreement.yaml");
    Files.writeString(bad, Files.readString(example()).replaceFirst("prohibited: \\[strike\\]", "prohibited: [strikes]"));
    Outcome o = run("run", "--agreement", bad.toString(), "--input", dir.toString(), "--out", dir.resolve("out").toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).containsPattern("agreement\\.yaml:\\d+:\\d+: provisions\\[0\\]\\.prohibited\\[0\\]: .*strikes");
  }

  @Test
  void missingInputFailsNamingIt(@TempDir Path dir) {
    Outcome o = run("run", "--agreement", example().toString(), "--input", dir.resolve("nope.csv").toString(),
        "--out", dir.resolve("out").toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("nope.csv");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("run", "--out", "x").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"demo", "run", "sim"}) {
      Outcome o = run(c, "--help");
      assertThat(o.code()).isZero();
      assertThat(o.out()).contains("Usage: trucewatch " + c);
    }
    assertThat(run("--help").out()).contains("demo").contains("run").contains("sim").contains("Exit codes");
  }
}
