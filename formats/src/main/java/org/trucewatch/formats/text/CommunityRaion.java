package org.trucewatch.formats.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Raion;

/**
 * The seat of a community many places share a name with, by the raion its paragraph named last before it
 * ("Васильківську громаду Синельниківського району ... по Покровській громаді" is the Pokrovske of Synelnykove
 * raion, not the larger Pokrov): the labels' "a namesake the text points to by a raion it names".
 */
final class CommunityRaion {
  private CommunityRaion() {}

  /**
   * The largest of {@code where}'s namesakes in the raion last named before it among {@code regions}, when that
   * raion holds one and {@code chosen} is not already there; empty otherwise.
   */
  static Optional<Place> seat(List<PlaceMention> regions, PlaceMention where, Place chosen) {
    PlaceMention last = null;
    for (PlaceMention r : regions) {
      if (!r.raions().isEmpty() && r.last() < where.first() && (last == null || r.last() > last.last())) {
        last = r;
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    // "Синельниківського району" may match more than one raion of that stem: any of them says where
    List<Raion> raions = last.raions();
    if (raions.stream().anyMatch(r -> in(chosen, r))) {
      return Optional.empty();
    }
    return where.candidates().stream().filter(p -> raions.stream().anyMatch(r -> in(p, r)))
        .max(Comparator.comparingLong(Place::population));
  }

  private static boolean in(Place p, Raion r) {
    return r.region().equals(p.region()) && r.code().equals(p.raion());
  }
}
