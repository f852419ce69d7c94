package org.trucewatch.engine.feed;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One FIRMS area API request: {@code BASE/api/area/csv/MAP_KEY/SOURCE/AREA/DAY_RANGE}, as FIRMS
 * documents it.
 *
 * @param base the API's root, e.g. {@code https://firms.modaps.eosdis.nasa.gov}
 * @param mapKey the user's MAP_KEY; kept out of ledger names and messages ({@link #toString})
 * @param source the product, e.g. {@code VIIRS_SNPP_NRT}, {@code VIIRS_NOAA20_NRT}, {@code MODIS_NRT}
 * @param area {@code west,south,east,north} in degrees, or {@code world}
 * @param dayRange days back from today, 1 to 10
 */
public record FirmsAreaQuery(URI base, String mapKey, String source, String area, int dayRange) {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{8,64}");
  private static final Pattern SOURCE = Pattern.compile("[A-Z0-9_]{3,40}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");

  /** Checks the fields: a bad value is refused before anything is sent. */
  public FirmsAreaQuery {
    Objects.requireNonNull(base, "base");
    if (mapKey == null || !KEY.matcher(mapKey).matches()) {
      throw new IllegalArgumentException("MAP_KEY must be 8 to 64 letters and digits");
    }
    if (source == null || !SOURCE.matcher(source).matches()) {
      throw new IllegalArgumentException("source must be a FIRMS product name such as VIIRS_SNPP_NRT, not '" + source + "'");
    }
    if (area == null || !(area.equals("world") || isBox(area))) {
      throw new IllegalArgumentException("area must be west,south,east,north in degrees or 'world', not '" + area + "'");
    }
    if (dayRange < 1 || dayRange > 10) {
      throw new IllegalArgumentException("day range must be 1 to 10, not " + dayRange);
    }
  }

  private static boolean isBox(String area) {
    String[] p = area.split(",", -1);
    if (p.length != 4) {
      return false;
    }
    for (String s : p) {
      if (!NUMBER.matcher(s).matches()) {
        return false;
      }
    }
    double w = Double.parseDouble(p[0]);
    double s = Double.parseDouble(p[1]);
    double e = Double.parseDouble(p[2]);
    double n = Double.parseDouble(p[3]);
    return w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n;
  }

  /** The request's address, MAP_KEY included. */
  public URI uri() {
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(root + "/api/area/csv/" + mapKey + "/" + source + "/" + area + "/" + dayRange);
  }

  /** The query without its MAP_KEY, for names and messages. */
  @Override
  public String toString() {
    return "firms-api/" + source + "/" + area + "/" + dayRange;
  }
}
