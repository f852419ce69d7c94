package org.trucewatch.formats.firms;

import java.util.Locale;
import java.util.Optional;

/**
 * The satellites FIRMS distributes fire detections from, with the source id each becomes and the
 * spellings of its {@code satellite} column across FIRMS's download, API and archive files.
 */
public enum FirmsPlatform {
  /** Suomi NPP, VIIRS 375 m. */
  SNPP("firms-viirs-snpp", "VIIRS", "N", "NASA FIRMS VIIRS S-NPP 375 m",
      "N", "NPP", "SNPP", "S-NPP", "S_NPP", "SUOMI-NPP", "SUOMI NPP", "SUOMI_NPP", "SUOMINPP"),
  /** NOAA-20 (JPSS-1), VIIRS 375 m. */
  NOAA20("firms-viirs-noaa20", "VIIRS", "N20", "NASA FIRMS VIIRS NOAA-20 375 m",
      "N20", "1", "J1", "JPSS1", "JPSS-1", "NOAA20", "NOAA-20", "NOAA_20", "NOAA 20"),
  /** NOAA-21 (JPSS-2), VIIRS 375 m. */
  NOAA21("firms-viirs-noaa21", "VIIRS", "N21", "NASA FIRMS VIIRS NOAA-21 375 m",
      "N21", "2", "J2", "JPSS2", "JPSS-2", "NOAA21", "NOAA-21", "NOAA_21", "NOAA 21"),
  /** Terra, MODIS 1 km. */
  TERRA("firms-modis-terra", "MODIS", "T", "NASA FIRMS MODIS Terra 1 km", "T", "TERRA"),
  /** Aqua, MODIS 1 km. */
  AQUA("firms-modis-aqua", "MODIS", "A", "NASA FIRMS MODIS Aqua 1 km", "A", "AQUA");

  private final String sourceId;
  private final String instrument;
  private final String satelliteCode;
  private final String sourceName;
  private final String[] spellings;

  FirmsPlatform(String sourceId, String instrument, String satelliteCode, String sourceName, String... spellings) {
    this.sourceId = sourceId;
    this.instrument = instrument;
    this.satelliteCode = satelliteCode;
    this.sourceName = sourceName;
    this.spellings = spellings;
  }

  /** The Trucewatch source id of this satellite's detections, e.g. {@code firms-viirs-snpp}. */
  public String sourceId() {
    return sourceId;
  }

  /** The instrument as FIRMS names it: {@code VIIRS} or {@code MODIS}. */
  public String instrument() {
    return instrument;
  }

  /** The {@code satellite} value FIRMS's download format uses, e.g. {@code N}, {@code N20}, {@code T}. */
  public String satelliteCode() {
    return satelliteCode;
  }

  /** A human-readable source name, e.g. {@code NASA FIRMS VIIRS S-NPP 375 m}. */
  public String sourceName() {
    return sourceName;
  }

  /** The platform a {@code satellite} value names, case-insensitively; empty when unknown. */
  public static Optional<FirmsPlatform> fromSatellite(String satellite) {
    String s = satellite.trim().toUpperCase(Locale.ROOT);
    for (FirmsPlatform p : values()) {
      for (String spelling : p.spellings) {
        if (spelling.equals(s)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The platform whose detections carry this source id; empty when none does. */
  public static Optional<FirmsPlatform> fromSourceId(String sourceId) {
    for (FirmsPlatform p : values()) {
      if (p.sourceId.equals(sourceId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
