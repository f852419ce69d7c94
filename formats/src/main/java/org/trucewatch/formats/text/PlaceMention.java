package org.trucewatch.formats.text;

import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;

/**
 * A place or region named in a paragraph, before choosing among same-named places.
 *
 * @param first index of its first token in the paragraph
 * @param last index of its last token
 * @param candidates settlements the words may name, largest first; empty for a region
 * @param region the region the words name, when they name one
 */
record PlaceMention(int first, int last, List<Place> candidates, Optional<Region> region) {
  /** Whether this mention names a region rather than a settlement. */
  boolean isRegion() {
    return region.isPresent();
  }
}
