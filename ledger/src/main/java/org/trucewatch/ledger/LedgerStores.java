package org.trucewatch.ledger;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens the ledger a store URL names: a file path or {@code jdbc:sqlite:PATH} for the embedded
 * SQLite ledger, {@code jdbc:postgresql://...} for the server ledger.
 */
public final class LedgerStores {
  private LedgerStores() {}

  /**
   * Opens the ledger at {@code store}.
   *
   * @throws IllegalArgumentException for a JDBC URL of a database Trucewatch does not support
   * @throws LedgerException if the ledger cannot be opened
   */
  public static Ledger open(String store, LedgerOptions options) {
    Objects.requireNonNull(store, "store");
    if (store.startsWith("jdbc:postgresql:")) {
      return PostgresLedger.open(store, options);
    }
    return SqliteLedger.open(sqliteFile(store), options);
  }

  /** The SQLite file a path or {@code jdbc:sqlite:} URL names; refuses other JDBC URLs. */
  public static Path sqliteFile(String store) {
    if (store.startsWith("jdbc:sqlite:")) {
      return Path.of(store.substring("jdbc:sqlite:".length()));
    }
    if (store.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "store " + store + " is not supported: use a file path, jdbc:sqlite:PATH or"
              + " jdbc:postgresql://HOST:PORT/DATABASE");
    }
    return Path.of(store);
  }

  /** True if the store is the server (PostgreSQL) ledger. */
  public static boolean isServer(String store) {
    return store.startsWith("jdbc:postgresql:");
  }
}
