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
 * @param cloudCover a cloud-cover CSV for the protected sites' coverage (see {@code
 *     docs/space-layer.md}); empty when none is known
 */
public record RunRequest(Path agreementFile, List<Path> inputs, Path outDir, Optional<Path> store, Optional<Path> cloudCover) {
  /** Checks and freezes the fields. */
  public RunRequest {
    Objects.requireNonNull(agreementFile, "agreementFile");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(cloudCover, "cloudCover");
    inputs = List.copyOf(inputs);
  }

  /** A request without cloud cover. */
  public RunRequest(Path agreementFile, List<Path> inputs, Path outDir, Optional<Path> store) {
    this(agreementFile, inputs, outDir, store, Optional.empty());
  }

  /** The ledger file this run uses. */
  public Path ledgerFile() {
    return store.orElse(outDir.resolve("ledger.sqlite"));
  }
}
