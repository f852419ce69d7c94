package org.trucewatch.formats.firms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.source.Credibility;

/**
 * One row of a FIRMS file in the VIIRS download layout, as {@link FirmsCsvWriter} writes it.
 * Measures FIRMS reports but Trucewatch does not compute with are kept as the text to write;
 * empty text writes an empty field.
 *
 * @param latitude pixel centre latitude, degrees
 * @param longitude pixel centre longitude, degrees
 * @param brightness I-4 (VIIRS) or channel 21/22 (MODIS) brightness temperature, kelvin, as text
 * @param scanKm pixel size along the scan (east-west), kilometres
 * @param trackKm pixel size along the track (north-south), kilometres
 * @param acquired acquisition time, UTC, whole minutes (the download format has no seconds)
 * @param satellite the {@code satellite} value, e.g. {@code N}
 * @param instrument {@code VIIRS} or {@code MODIS}
 * @param confidence the {@code confidence} value, e.g. {@code n} or {@code 85}
 * @param version the {@code version} value, e.g. {@code 2.0NRT}
 * @param brightT31 I-5 (VIIRS) or channel 31 (MODIS) brightness temperature, kelvin, as text
 * @param frp fire radiative power, megawatts, as text
 * @param dayNight {@code D} or {@code N}
 */
public record FirmsRow(
    double latitude,
    double longitude,
    String brightness,
    double scanKm,
    double trackKm,
    Instant acquired,
    String satellite,
    String instrument,
    String confidence,
    String version,
    String brightT31,
    String frp,
    String dayNight) {

  /** FIRMS gives pixel centres to five decimals, about a metre. */
  static final int COORDINATE_DECIMALS = 5;

  /** Checks the fields. */
  public FirmsRow {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180: " + longitude);
    }
    if (!(scanKm > 0 && scanKm <= FirmsCsvReader.MAX_PIXEL_KM) || !(trackKm > 0 && trackKm <= FirmsCsvReader.MAX_PIXEL_KM)) {
      throw new IllegalArgumentException("pixel size must be more than 0 and at most "
          + FirmsCsvReader.MAX_PIXEL_KM + " km: " + scanKm + " x " + trackKm);
    }
    Objects.requireNonNull(acquired, "acquired");
    if (acquired.getEpochSecond() % 60 != 0 || acquired.getNano() != 0) {
      throw new IllegalArgumentException("the FIRMS download format holds whole minutes only: " + acquired);
    }
    Objects.requireNonNull(brightness, "brightness");
    Objects.requireNonNull(satellite, "satellite");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(brightT31, "brightT31");
    Objects.requireNonNull(frp, "frp");
    Objects.requireNonNull(dayNight, "dayNight");
  }

  /**
   * The row a thermal-anomaly observation was read from, or would have been: the footprint's
   * centre rounded to FIRMS's five decimals, the pixel size from the {@code scan}/{@code track}
   * attributes (else measured on the footprint), and the other columns from the attributes, the
   * source id and the credibility. For observations read by {@link FirmsCsvReader} reading the
   * row again gives the same observation id.
   *
   * @throws IllegalArgumentException when the observation has no pixel size (a point without
   *     {@code scan}/{@code track}) or a time with seconds
   */
  public static FirmsRow of(Observation o) {
    Map<String, String> a = o.attributes();
    Coordinate centre = centre(o.geometry());
    double scanKm;
    double trackKm;
    if (a.containsKey("scan") && a.containsKey("track")) {
      scanKm = Double.parseDouble(a.get("scan"));
      trackKm = Double.parseDouble(a.get("track"));
    } else if (o.geometry() instanceof Polygon p && p.getExteriorRing().getNumPoints() == 5) {
      Coordinate[] ring = p.getExteriorRing().getCoordinates();
      scanKm = roundKm(Geodesy.distanceMetres(ring[3], ring[2]));
      trackKm = roundKm(Geodesy.distanceMetres(ring[0], ring[3]));
    } else {
      throw new IllegalArgumentException("observation " + o.id().shortForm()
          + " has no pixel size: neither scan/track attributes nor a rectangular footprint");
    }
    Optional<FirmsPlatform> platform = FirmsPlatform.fromSourceId(o.sourceId());
    return new FirmsRow(
        round(centre.y),
        round(centre.x),
        a.getOrDefault("brightness", ""),
        scanKm,
        trackKm,
        o.eventTime(),
        a.getOrDefault("satellite", platform.map(FirmsPlatform::satelliteCode).orElse("")),
        a.getOrDefault("instrument", platform.map(FirmsPlatform::instrument).orElse("")),
        a.getOrDefault("confidence", confidenceLetter(o.credibility())),
        a.getOrDefault("version", ""),
        a.getOrDefault("bright_t31", ""),
        a.getOrDefault("frp", ""),
        a.getOrDefault("daynight", ""));
  }

  /** The pixel centre: the point itself, the centre a footprint was built around, else the centroid. */
  private static Coordinate centre(Geometry g) {
    if (g instanceof Point p) {
      return p.getCoordinate();
    }
    if (g instanceof Polygon p && p.getExteriorRing().getNumPoints() == 5) {
      return PixelFootprint.centre(p);
    }
    return g.getCentroid().getCoordinate();
  }

  private static String confidenceLetter(Credibility c) {
    switch (c) {
      case PROBABLY_TRUE:
        return "h";
      case POSSIBLY_TRUE:
        return "n";
      case DOUBTFUL:
        return "l";
      default:
        return "";
    }
  }

  private static double round(double degrees) {
    return BigDecimal.valueOf(degrees).setScale(COORDINATE_DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double roundKm(double metres) {
    return BigDecimal.valueOf(metres / 1000).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
  }
}
