package org.trucewatch.flink;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.trucewatch.engine.ingest.InputTopics;

/**
 * Writes findings and incidents to PostgreSQL (tables {@code stream_findings} and {@code
 * stream_incidents}, created if missing; incidents with their PostGIS geometry), upserting by id
 * and deleting on withdrawal, one transaction per checkpoint. Replayed records after a restart
 * write the same rows again, so the tables end as the Kafka topics' compacted view. Rejects are
 * not written.
 */
public final class PostgresResultSink implements Sink<ResultRecord> {
  private static final long serialVersionUID = 1L;

  /** The tables, created on first use. */
  static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS stream_findings (id text PRIMARY KEY, body jsonb NOT NULL);
      CREATE TABLE IF NOT EXISTS stream_incidents (id text PRIMARY KEY, body jsonb NOT NULL,
        location geometry(Geometry, 4326));
      """;

  private final String jdbcUrl;

  /** A sink writing to this database. */
  public PostgresResultSink(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  @Override
  public SinkWriter<ResultRecord> createWriter(WriterInitContext context) throws IOException {
    try {
      return new Writer(DriverManager.getConnection(jdbcUrl));
    } catch (SQLException e) {
      throw new IOException("PostgreSQL at " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
    }
  }

  private static String redacted(String url) {
    return url.replaceAll("password=[^&]*", "password=***");
  }

  private static final class Writer implements SinkWriter<ResultRecord> {
    private final Connection db;
    private final List<ResultRecord> pending = new ArrayList<>();

    Writer(Connection db) throws SQLException {
      this.db = db;
      try (Statement st = db.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        st.execute(SCHEMA);
      }
      db.setAutoCommit(false);
    }

    @Override
    public void write(ResultRecord r, Context context) {
      if (!r.topic.equals(InputTopics.REJECTS)) {
        pending.add(r);
      }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      if (pending.isEmpty()) {
        return;
      }
      try (PreparedStatement upsertFinding = db.prepareStatement(
              "INSERT INTO stream_findings (id, body) VALUES (?, ?::jsonb)"
                  + " ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body");
          PreparedStatement deleteFinding = db.prepareStatement("DELETE FROM stream_findings WHERE id = ?");
          PreparedStatement upsertIncident = db.prepareStatement(
              "INSERT INTO stream_incidents (id, body, location) VALUES (?, ?::jsonb,"
                  + " ST_SetSRID(ST_GeomFromGeoJSON((?::jsonb)->'geometry'), 4326))"
                  + " ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, location = EXCLUDED.location");
          PreparedStatement deleteIncident = db.prepareStatement("DELETE FROM stream_incidents WHERE id = ?")) {
        // in emission order: a withdrawal and a later re-emission of the same id end as the latter
        for (ResultRecord r : pending) {
          boolean finding = r.topic.equals(InputTopics.FINDINGS);
          if (r.value == null) {
            PreparedStatement d = finding ? deleteFinding : deleteIncident;
            d.setString(1, r.key);
            d.executeUpdate();
          } else if (finding) {
            upsertFinding.setString(1, r.key);
            upsertFinding.setString(2, r.value);
            upsertFinding.executeUpdate();
          } else {
            upsertIncident.setString(1, r.key);
            upsertIncident.setString(2, r.value);
            upsertIncident.setString(3, r.value);
            upsertIncident.executeUpdate();
          }
        }
        db.commit();
        pending.clear();
      } catch (SQLException e) {
        try {
          db.rollback();
        } catch (SQLException ignored) {
          // the connection is gone; Flink restarts the task from the last checkpoint
        }
        throw new IOException("writing " + pending.size() + " results to PostgreSQL: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws Exception {
      db.close();
    }
  }
}
