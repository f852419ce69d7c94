package org.trucewatch.server.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * API tokens in a SQLite file, stored as a salted SHA-256 of the secret: a stolen file gives no
 * usable token. Tokens are 256-bit random secrets, so a fast salted hash is enough (a slow KDF
 * protects low-entropy passwords, which these are not) and every request can afford it.
 *
 * <p>A token reads {@code tw_<id>_<secret>}: the id finds the row, the secret is checked against
 * its hash in constant time. Thread-safe.
 */
public final class TokenStore implements AutoCloseable {
  private static final String PREFIX = "tw_";
  private final SecureRandom random = new SecureRandom();
  private final Connection connection;
  private final Path file;

  private TokenStore(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /** Opens (creating when absent) the token file. */
  public static TokenStore open(Path file) {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=FULL");
        st.execute(
            "CREATE TABLE IF NOT EXISTS tokens (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,"
                + " sources TEXT NOT NULL, salt BLOB NOT NULL, hash BLOB NOT NULL, issued_at TEXT NOT NULL,"
                + " revoked_at TEXT)");
      }
      return new TokenStore(c, file);
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot open the token store: " + e.getMessage(), e);
    }
  }

  /** Issues a new token; the returned secret is not kept. */
  public synchronized IssuedToken issue(String name, Role role, SortedSet<String> sources, Instant now) {
    String id = HexFormat.of().formatHex(bytes(6));
    byte[] secret = bytes(32);
    String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    byte[] salt = bytes(16);
    try (PreparedStatement ps =
        connection.prepareStatement("INSERT INTO tokens (id, name, role, sources, salt, hash, issued_at) VALUES (?,?,?,?,?,?,?)")) {
      ps.setString(1, id);
      ps.setString(2, name);
      ps.setString(3, role.code());
      ps.setString(4, String.join(",", sources));
      ps.setBytes(5, salt);
      ps.setBytes(6, hash(salt, secretText));
      ps.setString(7, now.toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot store a token: " + e.getMessage(), e);
    }
    return new IssuedToken(new TokenHolder(id, name, role, sources, now), PREFIX + id + "_" + secretText);
  }

  /** The holder of this bearer token, if it is a valid, unrevoked token. */
  public synchronized Optional<TokenHolder> authenticate(String bearer) {
    if (bearer == null || !bearer.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int sep = bearer.indexOf('_', PREFIX.length());
    if (sep < 0) {
      return Optional.empty();
    }
    String id = bearer.substring(PREFIX.length(), sep);
    String secret = bearer.substring(sep + 1);
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT name, role, sources, salt, hash, issued_at FROM tokens WHERE id = ? AND revoked_at IS NULL")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        if (!MessageDigest.isEqual(rs.getBytes(5), hash(rs.getBytes(4), secret))) {
          return Optional.empty();
        }
        return Optional.of(holder(id, rs));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot read the token store: " + e.getMessage(), e);
    }
  }

  /** Every unrevoked token's holder, sorted by id. */
  public synchronized List<TokenHolder> list() {
    List<TokenHolder> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT name, role, sources, salt, hash, issued_at, id FROM tokens WHERE revoked_at IS NULL ORDER BY id")) {
      while (rs.next()) {
        out.add(holder(rs.getString(7), rs));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot read the token store: " + e.getMessage(), e);
    }
    return out;
  }

  /** Revokes a token; false when there is no such unrevoked token. */
  public synchronized boolean revoke(String id, Instant now) {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      ps.setString(1, now.toString());
      ps.setString(2, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot revoke a token: " + e.getMessage(), e);
    }
  }

  private static TokenHolder holder(String id, ResultSet rs) throws SQLException {
    SortedSet<String> sources = new TreeSet<>();
    String s = rs.getString(3);
    if (!s.isEmpty()) {
      sources.addAll(Arrays.asList(s.split(",")));
    }
    Role role = Role.ofCode(rs.getString(2)).orElseThrow(() -> new IllegalStateException("unknown role in token store"));
    return new TokenHolder(id, rs.getString(1), role, sources, Instant.parse(rs.getString(6)));
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] hash(byte[] salt, String secret) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(salt);
      md.update(secret.getBytes(StandardCharsets.UTF_8));
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot close the token store", e);
    }
  }
}
