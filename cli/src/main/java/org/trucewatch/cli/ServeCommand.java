package org.trucewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.engine.ingest.InputFile;
import org.trucewatch.engine.ingest.InputFiles;
import org.trucewatch.engine.live.EvidenceStore;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.LedgerEvidenceStore;
import org.trucewatch.formats.FormatDetector;
import org.trucewatch.formats.agreement.AgreementReader;
import org.trucewatch.ledger.AppendResult;
import org.trucewatch.ledger.LedgerStores;
import org.trucewatch.server.LiveServer;
import org.trucewatch.server.ServerSettings;
import org.trucewatch.server.access.IssuedToken;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.access.TokenStore;
import org.trucewatch.server.alerts.AlertOutbox;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trucewatch serve}: the live server over an evidence store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the live server: pushed inputs in, findings, map and events out.",
      "",
      "Runs the live server on 127.0.0.1: contributors push observations over HTTP, each push is "
          + "stored in the ledger before it is acknowledged, and incidents and findings are recomputed "
          + "after every push. Serves the API (described at /openapi.json), the event stream, /metrics, "
          + "/health and the web map at /. On first start it issues an admin token and writes it to "
          + "ADMIN_TOKEN_FILE (default: beside the store); use it to issue the other tokens.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  trucewatch serve --agreement examples/agreements/black-sea-energy.yaml \\",
      "      --store live.sqlite",
      "  trucewatch serve --agreement a.yaml --store live.sqlite --port 9000 \\",
      "      --public-read --input scenario/inputs",
      "  trucewatch serve --agreement a.yaml --store live.sqlite \\",
      "      --webhook https://alerts.example.org/cap",
      "  trucewatch serve --agreement a.yaml --state-dir /var/lib/trucewatch \\",
      "      --store postgresql://tw:secret@127.0.0.1:5432/trucewatch",
      "  curl -H \"Authorization: Bearer $(cat live-admin.token)\" \\",
      "      -d '{\"name\":\"ua-feed\",\"role\":\"contributor\",\"sources\":[\"ua-navy\"]}' \\",
      "      http://127.0.0.1:8080/api/v1/tokens",
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--agreement", required = true, paramLabel = "FILE", description = "The agreement (YAML).")
  Path agreement;

  @Option(names = "--store", defaultValue = "trucewatch-ledger.sqlite", paramLabel = "URL",
      description = {"The ledger: a SQLite file path, jdbc:sqlite:PATH, or PostgreSQL as",
          "jdbc:postgresql://HOST:PORT/DB?user=U&password=P or postgresql://U:P@HOST:PORT/DB (default: ${DEFAULT-VALUE})."})
  String store;

  @Option(names = "--state-dir", defaultValue = "trucewatch-server", paramLabel = "DIR",
      description = "With a PostgreSQL store: the folder for the token file, the alert outbox and the first admin token (default: ${DEFAULT-VALUE}). With SQLite they sit beside the ledger file.")
  Path stateDir;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port on the host (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST", description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--public-read", description = "Let anyone read published incidents and findings without a token.")
  boolean publicRead;

  @Option(names = "--input", arity = "1..*", paramLabel = "PATH", description = "Files or folders to store before serving (as `run` reads them).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--admin-token-file", paramLabel = "FILE", description = "Where the first admin token is written (default: STORE without .sqlite, plus -admin.token).")
  Path adminTokenFile;

  @Option(names = "--max-body-bytes", defaultValue = "16777216", paramLabel = "N", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  int maxBodyBytes;

  @Option(names = "--webhook", paramLabel = "URL", description = "POST every finding's CAP 1.2 alerts (Alert, Update, Cancel) to this URL, through a durable outbox with retries. May be repeated.")
  List<java.net.URI> webhooks = new ArrayList<>();

  @Option(names = "--alert-sender", defaultValue = "trucewatch.local", paramLabel = "NAME", description = "CAP sender of the alerts (default: ${DEFAULT-VALUE}).")
  String alertSender;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    StderrProgress progress = new StderrProgress(err, quiet);
    // The file the token store, outbox and admin token are named after: the SQLite ledger itself,
    // or "live" in --state-dir when the ledger is in PostgreSQL.
    Path ledgerFile = LedgerStores.isServer(store) ? stateDir.resolve("live") : LedgerStores.sqliteFile(store);
    Agreement parsed = new AgreementReader().read(agreement);
    if (ledgerFile.toAbsolutePath().getParent() != null) {
      Files.createDirectories(ledgerFile.toAbsolutePath().getParent());
    }
    Path tokensFile = sibling(ledgerFile, "-tokens.sqlite");
    Path adminFile = adminTokenFile != null ? adminTokenFile : sibling(ledgerFile, "-admin.token");
    for (java.net.URI hook : webhooks) {
      if (!"http".equals(hook.getScheme()) && !"https".equals(hook.getScheme())) {
        throw new IllegalArgumentException("--webhook: not an http(s) URL: " + hook);
      }
    }
    try (LedgerEvidenceStore evidence = LedgerEvidenceStore.open(store, Clock.systemUTC());
        TokenStore tokens = TokenStore.open(tokensFile);
        AlertOutbox outbox = webhooks.isEmpty() ? null
            : AlertOutbox.open(sibling(ledgerFile, "-outbox.sqlite"), webhooks, alertSender, Clock.systemUTC())) {
      store(evidence, inputs, progress);
      if (tokens.list().isEmpty()) {
        IssuedToken admin = tokens.issue("admin", Role.ADMIN, new TreeSet<>(), Clock.systemUTC().instant());
        writeSecret(adminFile, admin.token());
        progress.report("issued the first admin token, written to " + adminFile);
      }
      LiveMonitor monitor = new LiveMonitor(parsed, evidence, FusionParameters.DEFAULT);
      progress.report("reading " + evidence.describe());
      ServerSettings settings = new ServerSettings(host, port, publicRead, maxBodyBytes, Optional.empty());
      try (LiveServer server = LiveServer.start(monitor, evidence, tokens, Clock.systemUTC(), settings, Optional.ofNullable(outbox))) {
        if (outbox != null) {
          progress.report("CAP alerts go to " + webhooks + " through " + sibling(ledgerFile, "-outbox.sqlite"));
        }
        var s = monitor.snapshot();
        progress.report(String.format(java.util.Locale.ROOT, "%,d entries, %,d observations, %,d incidents, %,d findings",
            s.checkpoint().entryCount(), s.observations().size(), s.incidents().size(), s.findings().size()));
        err.println("serving at http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
        err.flush();
        awaitShutdown();
      }
    }
    return 0;
  }

  /** Stores input files in the ledger as `run` would, before the server starts. */
  static void store(EvidenceStore evidence, List<Path> inputs, StderrProgress progress) throws IOException {
    for (InputFile f : InputFiles.expand(inputs)) {
      byte[] raw = Files.readAllBytes(f.path());
      Optional<String> format = FormatDetector.detect(f.name(), java.util.Arrays.copyOf(raw, Math.min(raw.length, 64 * 1024))).code();
      if (format.isEmpty()) {
        progress.report("refused " + f.name() + ": not a format Trucewatch reads");
        continue;
      }
      AppendResult r = evidence.append(f.name(), format.get(), raw);
      progress.report((r.alreadyHeld() ? "already held " : "stored ") + f.name() + " as ledger entry " + r.entry().seq());
    }
  }

  static Path sibling(Path ledgerFile, String suffix) {
    String name = ledgerFile.getFileName().toString();
    String stem = name.endsWith(".sqlite") ? name.substring(0, name.length() - ".sqlite".length()) : name;
    return ledgerFile.resolveSibling(stem + suffix);
  }

  static void writeSecret(Path file, String secret) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(file, secret + "\n");
  }

  static void awaitShutdown() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    stop.await();
  }
}
