package org.trucewatch.formats.firms;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The shared FIRMS sample files, or a skipped test when the shared folder is absent. */
final class SharedData {
  private SharedData() {}

  static byte[] firms(String fileName) throws IOException {
    String root = System.getProperty("trucewatch.shared");
    Path file = root == null ? null : Path.of(root, "data", "firms", fileName);
    assumeTrue(file != null && Files.isRegularFile(file),
        "shared data file data/firms/" + fileName + " not found (system property trucewatch.shared="
            + root + "); skipping");
    return Files.readAllBytes(file);
  }

  static String sha256(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
