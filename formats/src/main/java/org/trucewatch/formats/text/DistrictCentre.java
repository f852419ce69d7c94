package org.trucewatch.formats.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Raion;

/**
 * "The district centre" named instead of the town that seats the district the paragraph named before
 * ("fired at Nikopol district ... The district center and Marhanets community were hit", "Im Bezirk
 * Nikopol haben die Russen das Bezirkszentrum ... angegriffen", "на території Нікопольщини ... У
 * самому райцентрі"): the seat, which bears the district's name.
 */
final class DistrictCentre {
  /** One-word names of a district's centre. */
  private static final Set<String> ONE_WORD = Set.of("bezirkszentrum", "bezirkszentrums", "kreiszentrum", "rajonzentrum",
      "райцентр", "райцентра", "райцентру", "райцентрі", "райцентре", "райцентром");
  /** The adjective of a two-word name ("district center", "районний центр"), followed by a word starting with "cent"/"центр". */
  private static final Set<String> ADJECTIVES = Set.of("district", "raion", "rayon", "районний", "районного", "районному",
      "районным", "районный", "районном", "районним");
  /** District nouns after the town's name in English, before it in German. */
  private static final Set<String> NOUN_AFTER = Set.of("district", "raion", "rayon");
  private static final Set<String> NOUN_BEFORE = Set.of("bezirk", "landkreis", "kreis", "rajon", "bezirks", "landkreises");
  /** Endings of a district named after its town in -щина: Нікопольщина, Нікопольщини, Нікопольщині. */
  private static final List<String> SHCHYNA = List.of("щина", "щини", "щині", "щину", "щиною", "щине", "щиной");
  /** A district's seat is a town at least this large; a village bearing the name is not meant. */
  private static final long SEAT_POPULATION = 5_000;

  private DistrictCentre() {}

  /** The index of the last token of a district centre's name starting at {@code i}, or -1. */
  static int at(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    if (ONE_WORD.contains(w)) {
      return i;
    }
    if (ADJECTIVES.contains(w) && i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).lower();
      if (next.startsWith("cent") || next.startsWith("центр")) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The seat of the district named last before {@code i} in the paragraph, if any. */
  static Optional<Place> seat(Gazetteer gazetteer, List<Token> tokens, int i, List<PlaceMention> regionMentions) {
    for (int k = i - 1; k >= 0; k--) {
      final int at = k;
      Optional<PlaceMention> raion = regionMentions.stream().filter(m -> m.last() == at && !m.raions().isEmpty()).findFirst();
      if (raion.isPresent()) {
        return seatOf(gazetteer, raion.get().raions().get(0));
      }
      Token t = tokens.get(k);
      String w = t.lower();
      if (NOUN_AFTER.contains(w) && k >= 1 && tokens.get(k - 1).capitalised()) {
        return town(gazetteer, tokens.get(k - 1).text(), Optional.empty());
      }
      if (NOUN_BEFORE.contains(w) && k + 1 < i && tokens.get(k + 1).capitalised()) {
        return town(gazetteer, tokens.get(k + 1).text(), Optional.empty());
      }
      for (String e : SHCHYNA) {
        if (t.capitalised() && w.endsWith(e) && w.length() > e.length() + 3) {
          String stem = t.text().substring(0, t.text().length() - e.length());
          for (String tail : List.of("ь", "", "а", "и")) {
            Optional<Place> p = town(gazetteer, stem + tail, Optional.empty());
            if (p.isPresent()) {
              return p;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The town that seats a raion: the largest of its region bearing the raion's name. */
  private static Optional<Place> seatOf(Gazetteer gazetteer, Raion raion) {
    String name = raion.name().endsWith(" Raion") ? raion.name().substring(0, raion.name().length() - 6) : raion.name();
    return town(gazetteer, name, Optional.of(raion.region()));
  }

  private static Optional<Place> town(Gazetteer gazetteer, String name, Optional<String> region) {
    return gazetteer.byName(name).stream()
        .filter(p -> p.population() >= SEAT_POPULATION && region.map(r -> r.equals(p.region())).orElse(true))
        .max(Comparator.comparingLong(Place::population));
  }
}
