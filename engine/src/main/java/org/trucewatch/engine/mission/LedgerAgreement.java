package org.trucewatch.engine.mission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.formats.agreement.AgreementFileException;
import org.trucewatch.formats.agreement.AgreementReader;

/**
 * An agreement as a ledger entry holds it. Its text is kept (an agreement is a few kilobytes) and
 * read when a runner checks against it, since an agreement that refers to files outside the
 * ledger cannot be read from it alone.
 *
 * @param seq the ledger entry
 * @param name the entry's name ({@code agreement/FILE})
 * @param sha256 SHA-256 (hex) of its bytes
 * @param yaml its text
 */
public record LedgerAgreement(long seq, String name, String sha256, String yaml) {
  /** Checks the fields. */
  public LedgerAgreement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(yaml, "yaml");
  }

  /** The file name it was stored under, without the {@code agreement/} prefix. */
  public String fileName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /**
   * Reads the agreement, with no folder to resolve references in.
   *
   * @throws AgreementFileException listing its problems
   */
  public Agreement read() throws AgreementFileException {
    Path empty;
    try {
      // an empty folder: a reference to a file outside the ledger fails, naming the file
      empty = Files.createTempDirectory("trucewatch-agreement");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder to read " + name + " in", e);
    }
    try {
      return new AgreementReader().read(fileName(), yaml, empty);
    } finally {
      try {
        Files.deleteIfExists(empty);
      } catch (IOException e) {
        // an empty temporary folder left behind harms nothing
      }
    }
  }
}
