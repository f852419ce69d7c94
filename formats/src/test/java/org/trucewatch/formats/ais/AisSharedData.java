package org.trucewatch.formats.ais;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the public AIS corpora under ../shared/data/ais, or skips the test saying so. */
final class AisSharedData {
  private AisSharedData() {}

  static Path file(String relative) {
    String root = System.getProperty("trucewatch.shared");
    Path p = root == null ? null : Path.of(root, "data", "ais", relative);
    assumeTrue(p != null && Files.isRegularFile(p),
        "shared data file data/ais/" + relative + " not found (system property trucewatch.shared=" + root
            + "); skipping");
    return p;
  }
}
