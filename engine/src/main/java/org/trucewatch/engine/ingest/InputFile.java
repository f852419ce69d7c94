package org.trucewatch.engine.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file found on disk, with the name it is stored under in the ledger.
 *
 * @param path where it is
 * @param name the name kept in the ledger: relative to the input folder given on the command line
 *     (prefixed with that folder's name), or the bare file name; never an absolute path, so that
 *     the same inputs give the same ledger wherever they lie
 */
public record InputFile(Path path, String name) {
  /** Checks the fields. */
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
  }
}
