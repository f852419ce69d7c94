package org.trucewatch.ledger;

import java.nio.file.Path;

/**
 * Where the deployment's signing key lives unless a command is told otherwise: the file named by
 * the environment variable {@code TRUCEWATCH_KEY}, else {@code ~/.trucewatch/deployment.key}.
 * Kept out of the output folder on purpose: outputs and bundles are published, the key never is.
 */
public final class DeploymentKeyFile {
  /** The environment variable naming the key file. */
  public static final String ENVIRONMENT_VARIABLE = "TRUCEWATCH_KEY";

  private DeploymentKeyFile() {}

  /** The default key file. */
  public static Path defaultFile() {
    String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment);
    }
    return Path.of(System.getProperty("user.home"), ".trucewatch", "deployment.key");
  }
}
