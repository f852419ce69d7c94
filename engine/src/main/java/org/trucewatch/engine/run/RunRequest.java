package org.trucewatch.engine.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trucewatch.ledger.DeploymentKeyFile;

/**
 * What {@code trucewatch run} was asked to do.
 *
 * @param agreementFile the agreement (YAML)
 * @param inputs files and folders to ingest; may be empty to re-run over what the ledger holds
 * @param outDir where outputs go
 * @param store the ledger: a file path, {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://...};
 *     empty for {@code outDir/ledger.sqlite}
 * @param keyFile the deployment's signing key; empty for {@link DeploymentKeyFile#defaultFile()}
 * @param cloudCover a cloud-cover CSV for the protected sites' coverage (see {@code
 *     docs/space-layer.md}); empty when none is known
 * @param fusionFile a fusion file ({@code docs/fusion.md}) to store in the ledger and fuse by;
 *     empty to keep what the ledger holds (the defaults when it holds none)
 * @param siteBaseline FIRMS files of normal years (any layout, e.g. the reduced 2012-2021
 *     archive) that bound each protected site's normal thermal activity (see {@code
 *     docs/space-layer.md}); stored in the ledger; empty for no site baseline
 */
public record RunRequest(
    Path agreementFile,
    List<Path> inputs,
    Path outDir,
    Optional<String> store,
    Optional<Path> keyFile,
    Optional<Path> cloudCover,
    Optional<Path> fusionFile,
    List<Path> siteBaseline) {
  /** Checks and freezes the fields. */
  public RunRequest {
    Objects.requireNonNull(agreementFile, "agreementFile");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(keyFile, "keyFile");
    Objects.requireNonNull(cloudCover, "cloudCover");
    Objects.requireNonNull(fusionFile, "fusionFile");
    inputs = List.copyOf(inputs);
    siteBaseline = List.copyOf(siteBaseline);
  }

  /** A run without a site baseline. */
  public RunRequest(Path agreementFile, List<Path> inputs, Path outDir, Optional<String> store, Optional<Path> keyFile,
      Optional<Path> cloudCover, Optional<Path> fusionFile) {
    this(agreementFile, inputs, outDir, store, keyFile, cloudCover, fusionFile, List.of());
  }

  /** A run without cloud cover. */
  public RunRequest(Path agreementFile, List<Path> inputs, Path outDir, Optional<String> store, Optional<Path> keyFile) {
    this(agreementFile, inputs, outDir, store, keyFile, Optional.empty());
  }

  /** A run with cloud cover, fusing by what the ledger holds. */
  public RunRequest(Path agreementFile, List<Path> inputs, Path outDir, Optional<String> store, Optional<Path> keyFile,
      Optional<Path> cloudCover) {
    this(agreementFile, inputs, outDir, store, keyFile, cloudCover, Optional.empty());
  }

  /** A run on a SQLite ledger file (default {@code outDir/ledger.sqlite}) with the default key. */
  public RunRequest(Path agreementFile, List<Path> inputs, Path outDir, Optional<Path> ledgerFile) {
    this(agreementFile, inputs, outDir, ledgerFile.map(Path::toString), Optional.empty());
  }

  /** The store URL or path this run uses. */
  public String storeUrl() {
    return store.orElse(outDir.resolve(DEFAULT_LEDGER).toString());
  }

  /** The key file this run signs with. */
  public Path signingKeyFile() {
    return keyFile.orElseGet(DeploymentKeyFile::defaultFile);
  }

  /** The ledger's file name in {@code outDir} when no store is given. */
  public static final String DEFAULT_LEDGER = "ledger.sqlite";
}
