package org.trucewatch.formats.gazetteer;

import java.util.List;

/**
 * A first-level region (an oblast) as a report may name it.
 *
 * @param iso ISO 3166-2 code, e.g. {@code UA-63}
 * @param english English name, e.g. "Kharkiv Oblast"
 * @param canonical the full Cyrillic name, e.g. "Харківська область"
 * @param baseNames the Cyrillic names the region is called after ("Харків", "Харьков"); their
 *     romanisations next to a region word ("Kharkiv region", "Region Charkiw") name the region
 * @param stems Cyrillic word stems that name the region with a region word or alone
 *     ("Харківськ" + "область", "Харківщин")
 * @param lat latitude of the centre of its places, degrees
 * @param lon longitude of that centre, degrees
 * @param radiusMetres distance from the centre to its farthest place, plus a margin, metres
 */
public record Region(
    String iso, String english, String canonical, List<String> baseNames, List<String> stems, double lat, double lon,
    double radiusMetres) {
  /** Freezes the lists. */
  public Region {
    baseNames = List.copyOf(baseNames);
    stems = List.copyOf(stems);
  }
}
