package org.trucewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.fuse.FusionParameters;
import org.trucewatch.engine.live.LiveMonitor;
import org.trucewatch.engine.live.SqliteEvidenceStore;
import org.trucewatch.server.LiveServer;
import org.trucewatch.server.ServerSettings;
import org.trucewatch.server.access.Role;
import org.trucewatch.server.access.TokenStore;

/** The demo's live server: the ledger the demo run filled, open for reading, one token per role. */
final class DemoServer {
  private DemoServer() {}

  /** Serves until the process is stopped. */
  static void serve(Agreement agreement, Path out, int port, PrintWriter err, StderrProgress progress) throws Exception {
    Path tokensFile = out.resolve("tokens.sqlite");
    Files.deleteIfExists(tokensFile);
    try (SqliteEvidenceStore store = SqliteEvidenceStore.open(out.resolve("ledger.sqlite"), Clock.systemUTC());
        TokenStore tokens = TokenStore.open(tokensFile)) {
      StringBuilder list = new StringBuilder("# role token (demo only: anyone with the file has the role)\n");
      String analyst = null;
      for (Role role : List.of(Role.ADMIN, Role.ANALYST, Role.OBSERVER)) {
        String t = tokens.issue("demo-" + role.code(), role, new TreeSet<>(), Clock.systemUTC().instant()).token();
        list.append(role.code()).append(' ').append(t).append('\n');
        if (role == Role.ANALYST) {
          analyst = t;
        }
      }
      ServeCommand.writeSecret(out.resolve("tokens.txt"), list.toString().strip());
      progress.report("tokens for each role written to " + out.resolve("tokens.txt"));
      LiveMonitor monitor = new LiveMonitor(agreement, store, FusionParameters.DEFAULT);
      ServerSettings settings = new ServerSettings("127.0.0.1", port, true, ServerSettings.DEFAULT_MAX_BODY_BYTES, Optional.of(out));
      try (LiveServer server = LiveServer.start(monitor, store, tokens, Clock.systemUTC(), settings)) {
        String base = "http://127.0.0.1:" + server.port();
        err.println("serving the web map at " + base + "/ and the report at " + base + "/outputs/report.html (Ctrl-C to stop)");
        err.println("as an analyst: " + base + "/map/index.html#token=" + analyst);
        err.flush();
        ServeCommand.awaitShutdown();
      }
    }
  }
}
