package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.NameKey;
import org.trucewatch.formats.gazetteer.Place;

/**
 * The oblast of a raion named in Latin script anywhere in a paragraph ("ein Dorf im Landkreis Polohiw", "the
 * Zaporizhzhia district", "Bohodukhiv district"), by its centre: Ukrainian and Russian raion mentions ("Пологівського
 * району") already give the paragraph's context their oblast, which says which namesake a village is; the Latin ones
 * named apart from the village gave none.
 */
final class LatinRaionRegion {
  /** Raion nouns: the centre's name stands before the English ones and after the German ones. */
  private static final Set<String> AFTER_NAME = Set.of("district", "raion", "rayon");
  private static final Set<String> BEFORE_NAME = Set.of("bezirk", "rajon", "landkreis", "kreis");
  /** GeoNames features of a raion's centre: a raion's seat or a region's, which seats its raion too. */
  private static final Set<String> CENTRES = Set.of("PPLA2", "PPLA", "PPLC");

  private LatinRaionRegion() {}

  /** The ISO codes of the oblasts of the Latin raions the tokens name, in order of mention. */
  static List<String> regions(List<Token> tokens, Gazetteer gazetteer) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      int name = AFTER_NAME.contains(w) ? i - 1 : BEFORE_NAME.contains(w) ? i + 1 : -1;
      if (name < 0 || name >= tokens.size() || !tokens.get(name).word() || !tokens.get(name).capitalised()) {
        continue;
      }
      String word = tokens.get(name).text();
      Optional<String> region = centre(gazetteer, word).map(Place::region);
      region.or(() -> byAdjective(gazetteer, word)).filter(r -> !out.contains(r)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The oblast of the one raion whose Ukrainian or Russian adjective the word spells up to its "-ськ"
   * ("Polohiw" : Пологівський, "Bohodukhiv" : Богодухівський): the German and English press write the raion by the
   * adjective's stem as often as by its centre.
   */
  private static Optional<String> byAdjective(Gazetteer gazetteer, String word) {
    String stem = NameKey.of(word) + "s";
    if (stem.length() < 6) {
      return Optional.empty();
    }
    TreeSet<String> regions = new TreeSet<>();
    gazetteer.raionsByLatinAdjective(stem).forEach(r -> regions.add(r.region()));
    return regions.size() == 1 ? Optional.of(regions.first()) : Optional.empty();
  }

  /** The one raion centre of the name, when its namesakes that seat a raion all lie in one oblast. */
  private static Optional<Place> centre(Gazetteer gazetteer, String name) {
    List<Place> centres = gazetteer.byName(name).stream().filter(p -> CENTRES.contains(p.feature())).toList();
    // "Kharkiv district" is Kharkiv Oblast's; a name two oblasts' centres share says nothing
    return centres.stream().map(Place::region).distinct().count() == 1 ? Optional.of(centres.get(0)) : Optional.empty();
  }
}
