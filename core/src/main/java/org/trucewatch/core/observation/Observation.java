package org.trucewatch.core.observation;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.trucewatch.core.source.Credibility;

/**
 * One thing one source says it saw or heard, at one time and place: the unit everything
 * downstream works on.
 *
 * <p>Geometry is in WGS 84 longitude/latitude degrees (x = longitude, y = latitude), as GeoJSON
 * has it. A point with an uncertainty is the usual case; a satellite pixel is its footprint
 * polygon. The id is the SHA-256 of the canonical content (see {@link #canonicalForm}), so the
 * same observation arriving twice has the same id.
 *
 * @param id content address
 * @param sourceId the id of the {@link org.trucewatch.core.source.Source} that made it
 * @param kind what was seen or reported
 * @param eventTime when it happened (UTC), as the source gives it
 * @param geometry where, in lon/lat degrees
 * @param uncertaintyMetres radius of location uncertainty around the geometry, metres, zero or
 *     more; zero means the geometry itself already bounds where it was
 * @param credibility how credible this piece of information is
 * @param attributes further facts, sorted by key (e.g. {@code frp}, {@code place})
 * @param casualties casualties reported with it, {@link Casualties#NONE} when none
 * @param provenance where in the ledger it was read from (not part of the id)
 */
public record Observation(
    ObservationId id,
    String sourceId,
    ObservationKind kind,
    Instant eventTime,
    Geometry geometry,
    double uncertaintyMetres,
    Credibility credibility,
    SortedMap<String, String> attributes,
    Casualties casualties,
    Provenance provenance) {

  /** Checks the fields and freezes the attributes. */
  public Observation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(credibility, "credibility");
    Objects.requireNonNull(casualties, "casualties");
    Objects.requireNonNull(provenance, "provenance");
    if (!(uncertaintyMetres >= 0) || Double.isInfinite(uncertaintyMetres)) {
      throw new IllegalArgumentException("uncertainty must be zero or more metres: " + uncertaintyMetres);
    }
    // an immutable copy in two arrays: a mission holds every observation, a TreeMap weighs triple
    attributes = SortedAttributes.copyOf(attributes);
  }

  /** Builds an observation, computing its content id. */
  public static Observation of(
      String sourceId,
      ObservationKind kind,
      Instant eventTime,
      Geometry geometry,
      double uncertaintyMetres,
      Credibility credibility,
      Map<String, String> attributes,
      Casualties casualties,
      Provenance provenance) {
    TreeMap<String, String> attrs = new TreeMap<>(attributes);
    String canonical =
        canonicalForm(sourceId, kind, eventTime, geometry, uncertaintyMetres, credibility, attrs, casualties);
    return new Observation(
        ObservationId.ofCanonical(canonical),
        sourceId,
        kind,
        eventTime,
        geometry,
        uncertaintyMetres,
        credibility,
        attrs,
        casualties,
        provenance);
  }

  /**
   * The canonical text the id is the hash of: fields in a fixed order, coordinates to 7 decimals
   * (about 1 cm), attributes sorted, no locale.
   */
  public static String canonicalForm(
      String sourceId,
      ObservationKind kind,
      Instant eventTime,
      Geometry geometry,
      double uncertaintyMetres,
      Credibility credibility,
      SortedMap<String, String> attributes,
      Casualties casualties) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("trucewatch-observation/1\n");
    sb.append("source=").append(sourceId).append('\n');
    sb.append("kind=").append(kind.code()).append('\n');
    sb.append("time=").append(eventTime).append('\n');
    sb.append("geometry=").append(geometry.getGeometryType());
    for (Coordinate c : geometry.getCoordinates()) {
      sb.append(' ');
      appendFixed7(sb, c.x);
      sb.append(',');
      appendFixed7(sb, c.y);
    }
    sb.append('\n');
    sb.append("uncertainty_m=").append(oneDecimal(uncertaintyMetres)).append('\n');
    sb.append("credibility=").append(credibility.rating()).append('\n');
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      // escape the escape character first, so a real line break and the text "\n" differ
      String value = e.getValue().replace("\\", "\\\\").replace("\n", "\\n");
      sb.append("attr.").append(e.getKey()).append('=').append(value).append('\n');
    }
    sb.append("casualties=")
        .append(casualties.killed())
        .append('/')
        .append(casualties.injured())
        .append('/')
        .append(casualties.minors())
        .append('\n');
    return sb.toString();
  }

  /**
   * {@code String.format(Locale.ROOT, "%.1f", v)}, without parsing the pattern for the usual whole
   * number of metres (zero for most sensors): the same text, by hand.
   */
  static String oneDecimal(double v) {
    boolean negativeZero = v == 0 && Double.doubleToRawLongBits(v) != 0;
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
      return (long) v + ".0";
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Appends {@code v} rounded to 7 decimals (half away from zero) as plain text: the canonical
   * coordinate form. Hand-written because String.format dominated ingest time (it parses its
   * pattern on every call).
   */
  static void appendFixed7(StringBuilder sb, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("coordinate must be finite: " + v);
    }
    long units = Math.round(Math.abs(v) * 1e7);
    if (units != 0 && v < 0) {
      sb.append('-');
    }
    long whole = units / 10_000_000L;
    long frac = units % 10_000_000L;
    sb.append(whole).append('.');
    String f = Long.toString(frac);
    for (int i = f.length(); i < 7; i++) {
      sb.append('0');
    }
    sb.append(f);
  }

  /** A representative point: the geometry's centroid, lon/lat degrees. */
  public Coordinate representativeCoordinate() {
    return geometry.getCentroid().getCoordinate();
  }
}
