package org.trucewatch.formats.gazetteer;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;

/**
 * A populated place of the gazetteer.
 *
 * @param geonameId GeoNames id
 * @param name GeoNames' primary (Latin) name
 * @param canonical the canonical Cyrillic name (Ukrainian in Ukraine, Russian in Russia)
 * @param cyrillicNames every Cyrillic name, the canonical one first
 * @param region ISO 3166-2 code of its region, e.g. {@code UA-63}
 * @param raion GeoNames' code of its raion (admin2), e.g. {@code 6312} for Kharkiv Raion; empty
 *     outside Ukraine
 * @param lat latitude, degrees
 * @param lon longitude, degrees
 * @param population inhabitants as GeoNames has it, 0 when unknown
 * @param feature GeoNames feature code: PPL a village or town, PPLA the seat of a region, PPLX a
 *     section of a city
 * @param exonyms conventional Latin names no rule derives ("Kiew", "Kiev"), kept for cities of
 *     100,000 or more
 */
public record Place(
    long geonameId, String name, String canonical, List<String> cyrillicNames, String region, String raion, double lat,
    double lon, long population, String feature, List<String> exonyms) {
  /** Freezes the names. */
  public Place {
    cyrillicNames = List.copyOf(cyrillicNames);
    exonyms = List.copyOf(exonyms);
  }

  /**
   * How far from its coordinates a report naming only this place may be, metres: a settlement's
   * built-up extent, from about 2 km for a village to 15 km for a city of a million.
   */
  public double extentMetres() {
    return Math.max(2_000, Math.min(15_000, 15 * Math.sqrt(Math.max(population, 1))));
  }

  /** The geodesic distance to another place, metres (WGS84, {@link Geodesy#distanceMetres}). */
  public double metresTo(Place other) {
    return Geodesy.distanceMetres(new Coordinate(lon, lat), new Coordinate(other.lon, other.lat));
  }
}
