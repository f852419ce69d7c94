package org.trucewatch.engine.publish;

import java.util.Objects;

/**
 * One file a run wrote, as the manifest lists it.
 *
 * @param name file name within the output folder
 * @param sha256 SHA-256 (hex) of its bytes
 * @param sizeBytes its length
 */
public record OutputFile(String name, String sha256, long sizeBytes) {
  /** Checks the fields. */
  public OutputFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
  }
}
