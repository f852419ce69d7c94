package org.trucewatch.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The server's query store for incidents, in PostGIS beside the {@link PostgresLedger}: a point
 * per incident with a GiST index, so that "incidents in this bounding box and time range" is an
 * index search, not a scan. Derived data: each run replaces the whole set in one transaction.
 */
public final class PostgisIncidentStore {
  private final DataSource dataSource;
  private final String location;

  /** The query store in the ledger's database. */
  public PostgisIncidentStore(PostgresLedger ledger) {
    this.dataSource = Objects.requireNonNull(ledger, "ledger").dataSource();
    this.location = ledger.location();
  }

  /** Replaces every stored incident with these, atomically. */
  public void replaceAll(List<StoredIncident> incidents) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement st = c.createStatement()) {
          st.execute("DELETE FROM incidents");
        }
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO incidents (id, kind, status, start_time, end_time, grade, finding_ids, location)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
          int pending = 0;
          for (StoredIncident i : incidents) {
            insert.setString(1, i.id());
            insert.setString(2, i.kind());
            insert.setString(3, i.status());
            insert.setTimestamp(4, Timestamp.from(i.start()));
            insert.setTimestamp(5, Timestamp.from(i.end()));
            insert.setString(6, i.grade().orElse(null));
            insert.setString(7, String.join(",", i.findingIds()));
            insert.setDouble(8, i.longitude());
            insert.setDouble(9, i.latitude());
            insert.addBatch();
            if (++pending == 1000) {
              insert.executeBatch();
              pending = 0;
            }
          }
          insert.executeBatch();
        }
        try (Statement st = c.createStatement()) {
          // Fresh statistics, so the planner knows the index pays off.
          st.execute("ANALYZE incidents");
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new LedgerException(location + ": could not store " + incidents.size() + " incidents", e);
    }
  }

  /**
   * Incidents whose centre lies in the box (edges included) and whose time span overlaps [from,
   * to], sorted by start time then id.
   */
  public List<StoredIncident> within(
      double minLongitude, double minLatitude, double maxLongitude, double maxLatitude,
      java.time.Instant from, java.time.Instant to) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(WITHIN)) {
      bind(st, minLongitude, minLatitude, maxLongitude, maxLatitude, from, to);
      List<StoredIncident> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String findings = rs.getString(7);
          out.add(
              new StoredIncident(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getTimestamp(5).toInstant(),
                  rs.getDouble(9),
                  rs.getDouble(8),
                  Optional.ofNullable(rs.getString(6)),
                  findings.isEmpty() ? List.of() : Arrays.asList(findings.split(","))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new LedgerException(location + ": could not query incidents", e);
    }
  }

  /** The server's plan for {@link #within}, for checking that it uses the spatial index. */
  public String plan(
      double minLongitude, double minLatitude, double maxLongitude, double maxLatitude,
      java.time.Instant from, java.time.Instant to) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("EXPLAIN " + WITHIN)) {
      bind(st, minLongitude, minLatitude, maxLongitude, maxLatitude, from, to);
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      return plan.toString();
    } catch (SQLException e) {
      throw new LedgerException(location + ": could not explain the incident query", e);
    }
  }

  private static final String WITHIN =
      "SELECT id, kind, status, start_time, end_time, grade, finding_ids,"
          + " ST_X(location), ST_Y(location) FROM incidents"
          + " WHERE location && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
          + " AND start_time <= ? AND end_time >= ?"
          + " ORDER BY start_time, id";

  private static void bind(
      PreparedStatement st, double minLon, double minLat, double maxLon, double maxLat,
      java.time.Instant from, java.time.Instant to) throws SQLException {
    st.setDouble(1, minLon);
    st.setDouble(2, minLat);
    st.setDouble(3, maxLon);
    st.setDouble(4, maxLat);
    st.setTimestamp(5, Timestamp.from(to));
    st.setTimestamp(6, Timestamp.from(from));
  }
}
