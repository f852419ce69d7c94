package org.trucewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.trucewatch.engine.run.RunOutputs;
import org.trucewatch.engine.run.RunRequest;
import org.trucewatch.ledger.Ledger;
import org.trucewatch.ledger.LedgerBundle;
import org.trucewatch.ledger.LedgerException;
import org.trucewatch.ledger.LedgerOptions;
import org.trucewatch.ledger.LedgerPublicKey;
import org.trucewatch.ledger.LedgerStores;
import org.trucewatch.ledger.SignedCheckpoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trucewatch bundle}: exports a run's ledger and outputs for verification elsewhere. */
@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    description = {
      "Exports a ledger and its outputs as one ZIP file anyone can verify.",
      "",
      "Exports a ledger bundle: one ZIP file with every ledger record (raw bytes and chain fields), "
          + "the signed checkpoints, the deployment's public key, manifest.json and the published "
          + "outputs. Anyone can check it with only the file and Trucewatch: `trucewatch verify FILE`. "
          + "The same ledger and outputs give a byte-identical bundle. No private key is needed.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch bundle trucewatch-demo --out demo.twbundle",
      "  trucewatch bundle out --out day.twbundle --store \\",
      "      'jdbc:postgresql://127.0.0.1:5432/trucewatch?user=tw&password=secret'",
    })
final class BundleCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A run's output folder.")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle to write.")
  Path out;

  @Option(names = "--store", paramLabel = "URL", description = "The ledger, when it is not DIR/ledger.sqlite (as for `run`).")
  String store;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), quiet);
    String storeUrl = store != null ? store : dir.resolve(RunRequest.DEFAULT_LEDGER).toString();
    if (!LedgerStores.isServer(storeUrl) && !Files.isRegularFile(LedgerStores.sqliteFile(storeUrl))) {
      throw new LedgerException("no ledger at " + storeUrl + " (give it with --store)");
    }
    Map<String, byte[]> outputs = new TreeMap<>();
    for (String name : RunOutputs.listedIn(Files.readAllBytes(dir.resolve(RunOutputs.MANIFEST)))) {
      outputs.put(name, Files.readAllBytes(dir.resolve(name)));
    }
    outputs.put(RunOutputs.MANIFEST, Files.readAllBytes(dir.resolve(RunOutputs.MANIFEST)));
    try (Ledger ledger = LedgerStores.open(storeUrl, LedgerOptions.readOnly(Clock.systemUTC()))) {
      // The key of the latest signature: the one the published outputs were signed under.
      LedgerPublicKey key = ledger.signedCheckpoints().stream()
          .reduce((a, b) -> b.checkpoint().entryCount() >= a.checkpoint().entryCount() ? b : a)
          .map(SignedCheckpoint::publicKey)
          .orElseThrow(() -> new LedgerException(storeUrl + " holds no signed checkpoint to export"));
      LedgerBundle.write(ledger, key, outputs, out);
      progress.report(String.format(java.util.Locale.ROOT, "bundled %d records, %d signed checkpoints, key %s",
          ledger.checkpoint().entryCount(), ledger.signedCheckpoints().size(), key.id()));
    }
    spec.commandLine().getOut().println(out);
    return 0;
  }
}
