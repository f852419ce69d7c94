package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.cli.TrucewatchTest.Outcome;

/** {@code trucewatch verify} and {@code trucewatch bundle} on the demo's real outputs. */
class VerifyCommandTest {
  @TempDir static Path shared;
  static Path demo;
  static Path key;

  @BeforeAll
  static void runDemo() throws Exception {
    demo = SharedDemo.get().dir();
    key = shared.resolve("deployment.key");
  }

  /** The demo ledger's entries: the agreement, then every layer's input files. */
  private static long entries() throws Exception {
    try (var files = Files.list(demo.resolve("scenario/inputs"))) {
      return files.count() + 1;
    }
  }

  private static Path copyOfDemo(Path to) throws Exception {
    try (var files = Files.walk(demo)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(demo.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  @Test
  void demoOutputIsVerifiedAndEveryCheckIsPrinted() throws Exception {
    Outcome o = TrucewatchTest.run("verify", "-q", demo.toString());
    assertThat(o.code()).as(o.out() + o.err()).isZero();
    assertThat(o.out())
        .contains("checked chain: " + entries() + " entries")
        .contains("checked signatures: 1 signed checkpoints, Ed25519, by key ")
        .contains("checked the manifest's checkpoint is signed")
        .contains("checked findings.jsonl: byte-identical")
        .contains("checked report.html: byte-identical")
        .contains("checked manifest.json: byte-identical")
        .endsWith("verified\n");
  }

  @Test
  void oneChangedByteInTheLedgerIsNamedByItsRecord(@TempDir Path dir) throws Exception {
    Path copy = copyOfDemo(dir.resolve("demo"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve("ledger.sqlite"));
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER entries_no_update");
      byte[] raw;
      try (ResultSet rs = st.executeQuery("SELECT raw FROM entries WHERE seq = 3")) {
        rs.next();
        raw = rs.getBytes(1);
      }
      raw[raw.length / 2] ^= 0x04;
      try (PreparedStatement up = c.prepareStatement("UPDATE entries SET raw = ? WHERE seq = 3")) {
        up.setBytes(1, raw);
        up.executeUpdate();
      }
    }
    Outcome o = TrucewatchTest.run("verify", "-q", copy.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out()).contains("PROBLEM ledger record 3: stored bytes hash to").endsWith("NOT verified\n");
    assertThat(o.err().lines().toList()).singleElement().asString()
        .startsWith("trucewatch verify: not verified: ledger record 3: stored bytes hash to");
  }

  @Test
  void anEditedFindingIsCaughtByTheReRun(@TempDir Path dir) throws Exception {
    Path copy = copyOfDemo(dir.resolve("demo"));
    Path findings = copy.resolve("findings.jsonl");
    String original = Files.readString(findings);
    String upgraded = original.replaceFirst("\"grade\":\"probable\"", "\"grade\":\"confirmed\"");
    assertThat(upgraded).isNotEqualTo(original);
    Files.writeString(findings, upgraded);
    Outcome o = TrucewatchTest.run("verify", "-q", copy.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out()).contains("checked findings.jsonl: DIFFERS").contains("checked manifest.json: byte-identical");
    assertThat(o.err()).contains("findings.jsonl differs from the one re-computed from the ledger: first difference at byte");
  }

  @Test
  void bundleIsVerifiedWithNothingButItselfAndIsReproducible(@TempDir Path dir) throws Exception {
    Path bundle = dir.resolve("day.twbundle");
    assertThat(TrucewatchTest.run("bundle", "-q", demo.toString(), "--out", bundle.toString()).code()).isZero();
    Path again = dir.resolve("again.twbundle");
    assertThat(TrucewatchTest.run("bundle", "-q", demo.toString(), "--out", again.toString()).code()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(bundle));

    // "another machine": only the bundle, in a folder of its own
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("received.twbundle");
    Files.copy(bundle, elsewhere);
    Outcome o = TrucewatchTest.run("verify", "-q", elsewhere.toString());
    assertThat(o.code()).as(o.out() + o.err()).isZero();
    assertThat(o.out()).contains("checked chain: " + entries() + " entries of " + elsewhere).contains("checked manifest.json: byte-identical");
  }

  @Test
  void tamperedBundleNamesTheRecordAndAForeignKeyIsRefused(@TempDir Path dir) throws Exception {
    Path bundle = dir.resolve("day.twbundle");
    assertThat(TrucewatchTest.run("bundle", "-q", demo.toString(), "--out", bundle.toString()).code()).isZero();
    Path tampered = dir.resolve("tampered.twbundle");
    rewriteZipEntry(bundle, tampered, "ledger/raw/0000000004", b -> {
      b[7] ^= 0x20;
      return b;
    });
    Outcome o = TrucewatchTest.run("verify", "-q", tampered.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).contains("ledger record 4: stored bytes hash to");

    Path otherKey = dir.resolve("other.pem");
    Files.writeString(otherKey, org.trucewatch.ledger.DeploymentKey.generate().publicKey().toPem());
    Outcome foreign = TrucewatchTest.run("verify", "-q", bundle.toString(), "--public-key", otherKey.toString());
    assertThat(foreign.code()).isEqualTo(1);
    assertThat(foreign.err()).contains("ledger record " + entries() + ": the signed checkpoint at entry " + entries() + " is signed by key");
  }

  @Test
  void runOnPostgresqlThenVerifyAgainstTheSameStore(@TempDir Path dir) throws Exception {
    String url = PostgresTestStore.freshSchemaUrl();
    Path out = dir.resolve("out");
    Path scenario = demo.resolve("scenario/inputs");
    Outcome r = TrucewatchTest.run("run", "-q", "--agreement", demo.resolve("agreement/black-sea-energy.yaml").toString(),
        "--input", scenario.toString(), "--out", out.toString(), "--store", url, "--key", key.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("ledger.sqlite")).doesNotExist();
    Outcome v = TrucewatchTest.run("verify", "-q", out.toString(), "--store", url);
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    // the same inputs give the same chain on either backend, so the same findings
    assertThat(Files.readAllBytes(out.resolve("findings.jsonl"))).isEqualTo(Files.readAllBytes(demo.resolve("findings.jsonl")));
    assertThat(Files.readAllBytes(out.resolve("manifest.json"))).isEqualTo(Files.readAllBytes(demo.resolve("manifest.json")));
    // the server store also answers map queries: the run's incidents are in its PostGIS table
    long geojsonIncidents = Files.readString(out.resolve("incidents.geojson")).split("\"type\" ?: ?\"Feature\"", -1).length - 1;
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id) FROM incidents WHERE ST_Y(location) BETWEEN -90 AND 90")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(geojsonIncidents).isEqualTo(rs.getLong(2)).isPositive();
    }
    Outcome missing = TrucewatchTest.run("verify", "-q", out.toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no ledger at").contains("--store");
  }

  private interface Edit {
    byte[] apply(byte[] bytes);
  }

  private static void rewriteZipEntry(Path from, Path to, String name, Edit edit) throws Exception {
    try (InputStream in = Files.newInputStream(from);
        ZipInputStream zin = new ZipInputStream(in, StandardCharsets.UTF_8);
        OutputStream out = Files.newOutputStream(to);
        ZipOutputStream zout = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        zin.transferTo(bytes);
        byte[] b = bytes.toByteArray();
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(e.getName().equals(name) ? edit.apply(b) : b);
        zout.closeEntry();
      }
    }
  }
}
