package org.trucewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.trucewatch.engine.run.RunOutputs;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.engine.verify.PublishedRunVerifier;
import org.trucewatch.engine.verify.VerificationOutcome;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerBundle;
import org.trucewatch.ledger.LedgerException;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerPublicKey;
import org.trucewatch.ledger.LedgerStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trucewatch verify}: checks a ledger and re-derives the published outputs from it. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the evidence behind a published run or a ledger bundle.",
      "",
      "It prints each check:",
      "- the ledger's hash chain: every record's bytes re-hashed, every link recomputed, the "
          + "checkpoint manifest.json cites on the chain;",
      "- its Ed25519-signed checkpoints, and that the cited checkpoint is signed;",
      "- a re-run of the pipeline from the ledger alone (the agreement is in it too), whose "
          + "findings.jsonl, incidents.geojson, rejects.jsonl, report.html and manifest.json must equal "
          + "the published ones byte for byte.",
      "Takes a run's output folder (its ledger.sqlite, or the ledger --store names) or a bundle "
          + "written by `trucewatch bundle`.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch verify trucewatch-demo",
      "  trucewatch verify report-2025-03-20.twbundle --public-key mission.pem",
      "  trucewatch verify out --store \\",
      "      'jdbc:postgresql://127.0.0.1:5432/trucewatch?user=tw&password=secret'",
      "",
      "Exit codes: 0 verified; 1 not verified (stderr names the first bad",
      "record or output) or unreadable; 2 usage error.",
    })
final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR|BUNDLE", description = "A run's output folder, or a ledger bundle file.")
  Path target;

  @Option(names = "--store", paramLabel = "URL", description = "The ledger, when it is not DIR/ledger.sqlite (as for `run`).")
  String store;

  @Option(
      names = "--public-key",
      paramLabel = "FILE",
      description = "The deployment's published public key (PEM): every checkpoint must be signed by it. "
          + "Without it, the ids of the keys that signed are printed to compare with the published id.")
  Path publicKey;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StderrProgress progress = new StderrProgress(err, quiet);
    LedgerPublicKey trusted = publicKey == null ? null : readKey(publicKey);
    VerificationOutcome outcome;
    if (Files.isDirectory(target)) {
      String storeUrl = store != null ? store : target.resolve(RunRequest.DEFAULT_LEDGER).toString();
      if (!LedgerStores.isServer(storeUrl) && !Files.isRegularFile(LedgerStores.sqliteFile(storeUrl))) {
        throw new LedgerException("no ledger at " + storeUrl + " (give it with --store)");
      }
      Map<String, byte[]> published = new TreeMap<>();
      for (String name : published(target)) {
        published.put(name, Files.readAllBytes(target.resolve(name)));
      }
      progress.report("verifying " + target + " against the ledger " + storeUrl);
      try (Ledger ledger = LedgerStores.open(storeUrl, LedgerOptions.readOnly(Clock.systemUTC()))) {
        outcome = new PublishedRunVerifier(progress).verify(ledger, published, trusted);
      }
    } else if (Files.isRegularFile(target)) {
      LedgerBundle bundle = LedgerBundle.read(target);
      progress.report("verifying the bundle " + target + " (public key " + bundle.publicKey().id() + ")");
      // Without a key of one's own, the bundle's key is the one every checkpoint must be signed by.
      LedgerPublicKey key = trusted != null ? trusted : bundle.publicKey();
      outcome = new PublishedRunVerifier(progress).verify(bundle, bundle.outputs(), key);
    } else {
      throw new java.nio.file.NoSuchFileException(target.toString());
    }
    for (String line : outcome.checked()) {
      out.println("checked " + line);
    }
    for (String problem : outcome.problems()) {
      out.println("PROBLEM " + problem);
    }
    out.println(outcome.verified() ? "verified" : "NOT verified");
    out.flush();
    if (outcome.verified()) {
      return 0;
    }
    String first = outcome.problems().get(0);
    String record = outcome.firstBadRecord()
        .filter(seq -> !first.startsWith("ledger record " + seq + ":"))
        .map(seq -> "ledger record " + seq + ": ")
        .orElse("");
    err.println("trucewatch verify: not verified: " + record + first);
    err.flush();
    return 1;
  }

  private static List<String> published(Path dir) throws IOException {
    Path manifest = dir.resolve(RunOutputs.MANIFEST);
    // the outputs the manifest lists (AIS runs publish tracks too), else the ones every run writes
    List<String> names = new java.util.ArrayList<>(
        Files.isRegularFile(manifest) ? RunOutputs.listedIn(Files.readAllBytes(manifest)) : RunOutputs.OUTPUTS);
    names.add(RunOutputs.MANIFEST);
    return names.stream().filter(n -> Files.isRegularFile(dir.resolve(n))).toList();
  }

  static LedgerPublicKey readKey(Path file) throws IOException {
    try {
      return LedgerPublicKey.fromPem(Files.readString(file));
    } catch (IllegalArgumentException e) {
      throw new LedgerException(file + " holds no Ed25519 PUBLIC KEY block: " + e.getMessage(), e);
    }
  }
}
