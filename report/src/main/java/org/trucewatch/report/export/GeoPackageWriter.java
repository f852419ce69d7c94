package org.trucewatch.report.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingGrade;
import org.trucewatch.core.fuse.Incident;

/**
 * Incidents as an OGC GeoPackage 1.3 (opens in QGIS and GDAL): one feature table {@code
 * incidents} of points in WGS 84 (EPSG:4326), written with the SQLite JDBC driver. Geometries
 * are GeoPackage binary: the {@code GP} header with SRS id and no envelope, then little-endian
 * WKB.
 *
 * <p>{@code gpkg_contents.last_change} is the latest incident end, not the export time, so the
 * same incidents give the same table contents.
 */
public final class GeoPackageWriter {
  private static final int WGS84 = 4326;

  /**
   * Writes the GeoPackage to {@code file}, replacing it.
   *
   * @throws IOException naming the file when it cannot be written
   */
  public void write(Path file, String title, List<Incident> incidents, Map<String, List<Finding>> findingsByIncident) throws IOException {
    Files.deleteIfExists(file);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
        st.execute("PRAGMA user_version = 10300");
        st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
            + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
        st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system')");
        st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')");
        st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
            + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]',"
            + " 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')");
        st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,"
            + " description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
            + " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
            + " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
        st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
            + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
            + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
            + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
            + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        st.execute("CREATE TABLE incidents (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, incident_id TEXT NOT NULL,"
            + " kind TEXT, start_time TEXT, end_time TEXT, status TEXT, grade TEXT, provisions TEXT, sources TEXT,"
            + " independent_sources INTEGER, places TEXT, observations INTEGER, killed_min INTEGER, injured_min INTEGER,"
            + " radius_m DOUBLE, explanation TEXT)");
      }
      double minX = Double.POSITIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      Instant last = Instant.EPOCH;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO incidents (geom, incident_id, kind, start_time, end_time, status, grade,"
          + " provisions, sources, independent_sources, places, observations, killed_min, injured_min, radius_m, explanation)"
          + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (Incident inc : incidents) {
          List<Finding> fs = findingsByIncident.getOrDefault(inc.id(), List.of());
          FindingGrade best = null;
          java.util.TreeSet<String> provisions = new java.util.TreeSet<>();
          StringBuilder explanation = new StringBuilder();
          for (Finding f : fs) {
            provisions.add(f.provisionId());
            if (best == null || f.grade().ordinal() < best.ordinal()) {
              best = f.grade();
            }
            explanation.append(explanation.length() == 0 ? "" : " ").append(f.explanation());
          }
          double x = inc.centre().x;
          double y = inc.centre().y;
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
          if (inc.end().isAfter(last)) {
            last = inc.end();
          }
          ps.setBytes(1, point(x, y));
          ps.setString(2, inc.id());
          ps.setString(3, inc.kind().code());
          ps.setString(4, inc.start().toString());
          ps.setString(5, inc.end().toString());
          ps.setString(6, inc.status().code());
          ps.setString(7, best == null ? null : best.code());
          ps.setString(8, String.join(" ", provisions));
          ps.setString(9, String.join(" ", inc.sourceIds()));
          ps.setInt(10, inc.independentSources());
          ps.setString(11, String.join("; ", inc.places()));
          ps.setInt(12, inc.members().size());
          // an unknown count is NULL, not 0
          ps.setObject(13, inc.casualties().killed().isUnknown() ? null : inc.casualties().killed().min(), java.sql.Types.INTEGER);
          ps.setObject(14, inc.casualties().injured().isUnknown() ? null : inc.casualties().injured().min(), java.sql.Types.INTEGER);
          ps.setDouble(15, Math.round(inc.radiusMetres() * 10) / 10.0);
          ps.setString(16, explanation.toString());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,"
          + " min_x, min_y, max_x, max_y, srs_id) VALUES ('incidents', 'features', 'incidents', ?, ?, ?, ?, ?, ?, 4326)")) {
        ps.setString(1, "Trucewatch incidents: " + title);
        ps.setString(2, last.toString());
        boolean any = !incidents.isEmpty();
        ps.setObject(3, any ? minX : null);
        ps.setObject(4, any ? minY : null);
        ps.setObject(5, any ? maxX : null);
        ps.setObject(6, any ? maxY : null);
        ps.executeUpdate();
      }
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO gpkg_geometry_columns VALUES ('incidents', 'geom', 'POINT', 4326, 0, 0)");
      }
      c.commit();
    } catch (SQLException e) {
      throw new IOException(file + ": cannot write the GeoPackage: " + e.getMessage(), e);
    }
  }

  /** A GeoPackage binary point: header (magic, version 0, flags: little-endian, no envelope; SRS id) then WKB. */
  static byte[] point(double lon, double lat) {
    ByteBuffer b = ByteBuffer.allocate(8 + 21).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0001);
    b.putInt(WGS84);
    b.put((byte) 1).putInt(1).putDouble(lon).putDouble(lat);
    return b.array();
  }
}
