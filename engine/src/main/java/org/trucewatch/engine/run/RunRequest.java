package org.trucewatch.engine.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code trucewatch run} was asked to do.
 *
 * @param agreementFile the agreement (YAML)
 * @param inputs files and folders to ingest; may be empty to re-run over what the ledger holds
 * @param outDir where outputs go
 * @param store the ledger file; empty for {@code outDir/ledger.sqlite}
 */
public record RunRequest(Path agreementFile, List<Path> inputs, Path outDir, Optional<Path> store) {
  /** Checks and freezes the fields. */
  public RunRequest {
    Objects.requireNonNull(agreementFile, "agreementFile");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(store, "store");
    inputs = List.copyOf(inputs);
  }

  /** The ledger file this run uses. */
  public Path ledgerFile() {
    return store.orElse(outDir.resolve("ledger.sqlite"));
  }
}
