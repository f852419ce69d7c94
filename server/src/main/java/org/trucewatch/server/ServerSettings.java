package org.trucewatch.server;

/**
 * How the live server listens and whom it answers.
 *
 * @param host interface to bind, e.g. {@code 127.0.0.1}
 * @param port port, 0 for any free one
 * @param publicRead whether published incidents and findings (and the map) are readable without
 *     a token, as for a mission that publishes openly
 * @param maxBodyBytes the largest request body accepted; larger pushes get 413
 * @param outputs a folder of batch outputs (report.html, incidents.geojson, ...) served read-only
 *     under {@code /outputs/}, or empty
 */
public record ServerSettings(String host, int port, boolean publicRead, int maxBodyBytes, java.util.Optional<java.nio.file.Path> outputs) {
  /** The default body limit: 16 MiB, a day of FIRMS detections for a region several times over. */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** Checks the fields. */
  public ServerSettings {
    java.util.Objects.requireNonNull(host, "host");
    java.util.Objects.requireNonNull(outputs, "outputs");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
  }
}
