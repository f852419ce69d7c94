package org.trucewatch.formats.text;

import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Raion;
import org.trucewatch.formats.gazetteer.Region;

/**
 * A place or region named in a paragraph, before choosing among same-named places.
 *
 * @param first index of its first token in the paragraph
 * @param last index of its last token
 * @param candidates settlements the words may name, largest first; empty for a region
 * @param region the region the words name, when they name one (for a raion: its region)
 * @param raions the raions the words name ("Харківському районі"), empty for others; a raion
 *     alone counts as its region
 */
record PlaceMention(int first, int last, List<Place> candidates, Optional<Region> region, List<Raion> raions) {
  /** A settlement's or region's mention. */
  PlaceMention(int first, int last, List<Place> candidates, Optional<Region> region) {
    this(first, last, candidates, region, List.of());
  }

  /** Whether a place lies in what this region or raion mention names. */
  boolean contains(Place p) {
    if (!raions.isEmpty()) {
      return raions.stream().anyMatch(r -> r.region().equals(p.region()) && r.code().equals(p.raion()));
    }
    return region.isPresent() && region.get().iso().equals(p.region());
  }

  /** Whether this mention names a region rather than a settlement. */
  boolean isRegion() {
    return region.isPresent();
  }
}
