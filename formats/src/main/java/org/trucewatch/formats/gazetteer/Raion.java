package org.trucewatch.formats.gazetteer;

import java.util.List;

/**
 * A raion (district, GeoNames admin2) of Ukraine, as places name it.
 *
 * @param region ISO 3166-2 code of its region, e.g. {@code UA-63}
 * @param code GeoNames' admin2 code, e.g. {@code 6312}
 * @param name GeoNames' name, e.g. "Kharkiv Raion"
 * @param cyrillicNames its Cyrillic names, e.g. "Харківський район"; empty when GeoNames has none
 */
public record Raion(String region, String code, String name, List<String> cyrillicNames) {
  /** Freezes the names. */
  public Raion {
    cyrillicNames = List.copyOf(cyrillicNames);
  }
}
