package org.trucewatch.ledger;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens the ledger a store URL names: a file path or {@code jdbc:sqlite:PATH} for the embedded
 * SQLite ledger, {@code jdbc:postgresql://...} (or the libpq form {@code
 * postgresql://USER:PASSWORD@HOST:PORT/DATABASE}) for the server ledger.
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
    if (isServer(store)) {
      return PostgresLedger.open(jdbcUrl(store), options);
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
    return store.startsWith("jdbc:postgresql:") || store.startsWith("postgresql://") || store.startsWith("postgres://");
  }

  /**
   * The JDBC URL of a PostgreSQL store: a {@code jdbc:postgresql:} URL unchanged, a libpq URL
   * {@code postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE[?PARAMS]} rewritten with user and
   * password as parameters (the JDBC driver does not read them before the host).
   */
  public static String jdbcUrl(String store) {
    if (store.startsWith("jdbc:postgresql:")) {
      return store;
    }
    String rest = store.substring(store.indexOf("://") + 3);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "/" : rest.substring(slash);
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return "jdbc:postgresql://" + rest;
    }
    String credentials = authority.substring(0, at);
    int colon = credentials.indexOf(':');
    StringBuilder params = new StringBuilder();
    params.append("user=").append(colon < 0 ? credentials : credentials.substring(0, colon));
    if (colon >= 0) {
      params.append("&password=").append(credentials.substring(colon + 1));
    }
    String url = "jdbc:postgresql://" + authority.substring(at + 1) + path;
    return url + (path.contains("?") ? "&" : "?") + params;
  }
}
