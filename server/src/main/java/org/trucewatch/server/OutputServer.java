package org.trucewatch.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the outputs of a run (report.html, findings.jsonl, incidents.geojson, manifest.json)
 * over HTTP, read-only, so that {@code trucewatch demo} can show the report in a browser.
 * Handlers stay thin: the files are the product, this only hands them out.
 */
public final class OutputServer implements AutoCloseable {
  private final Javalin app;

  private OutputServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code outDir} on {@code host}:{@code port}; port 0 picks a free one.
   *
   * @throws IllegalArgumentException when {@code outDir} is not a folder
   */
  public static OutputServer start(Path outDir, String host, int port) {
    Path dir = outDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder: " + dir);
    }
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.host = host;
              config.jetty.port = port;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = dir.toString();
                    files.location = Location.EXTERNAL;
                  });
              config.routes.get("/", ctx -> ctx.redirect("/report.html"));
              config.routes.get("/health", ctx -> ctx.result("ok"));
            });
    app.start();
    return new OutputServer(app);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving. */
  @Override
  public void close() {
    app.stop();
  }
}
