package org.trucewatch.formats.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.NameKey;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Region;

/**
 * ACLED's admin qualifier in brackets after a settlement: "Shestakove (Chuhuiv, Kharkiv)" (raion
 * called by its centre, then oblast), "Oleshky (Kherson)" and "Kherson city (Kherson)" (oblast
 * alone). The bracket says which of the settlement's namesakes is meant; it is never a place of
 * its own.
 */
final class AdminBracket {
  /** Words ACLED puts between a city's name and its bracket: "Kherson city (Kherson)". */
  private static final Set<String> SETTLEMENT_WORDS = Set.of("city", "town", "village", "settlement");
  /** A namesake this far from the raion's centre may still be in it (raions of before 2020 were smaller). */
  private static final double NEAR_CENTRE_METRES = 60_000;

  /** Words for a raion after its name: "(Kupiansk raion, Kharkiv)". */
  private static final Set<String> RAION_WORDS = Set.of("raion", "rayon", "district");
  /** Endings of a raion's adjectival name ("Kupianskyi", "Chuhuivskyi"), and what they leave of its centre's name. */
  private static final List<String> CENTRE_ENDINGS = List.of("", "sk", "y", "ka");

  private AdminBracket() {}

  /**
   * A bracket read as an admin qualifier.
   *
   * @param open index of "("
   * @param close index of ")"
   * @param region the oblast it names
   * @param centre the index of the raion centre's name, or -1 when it names only the oblast
   */
  record Qualifier(int open, int close, Region region, int centre) {}

  /** The qualifier right after the settlement name ending at {@code last}, if one follows. */
  static Optional<Qualifier> after(Gazetteer gazetteer, List<Token> tokens, int last) {
    int open = last + 1;
    if (open < tokens.size() && SETTLEMENT_WORDS.contains(tokens.get(open).lower())) {
      open++;
    }
    if (open >= tokens.size() || !tokens.get(open).text().equals("(")) {
      return Optional.empty();
    }
    // "(Kharkiv)" or "(Chuhuiv, Kharkiv)": the oblast is the last word before ")"
    int close = -1;
    for (int k = open + 1; k < Math.min(tokens.size(), open + 6); k++) {
      if (tokens.get(k).text().equals(")")) {
        close = k;
        break;
      }
    }
    if (close < 0 || close - 1 <= open) {
      return Optional.empty();
    }
    Token oblast = tokens.get(close - 1);
    Optional<Region> region = oblast.word() && oblast.capitalised() ? gazetteer.regionByBaseName(oblast.text()) : Optional.empty();
    if (region.isEmpty()) {
      return Optional.empty();
    }
    if (close - 1 == open + 1) {
      return Optional.of(new Qualifier(open, close, region.get(), -1));
    }
    // one or two capitalised words and a comma before the oblast: the raion's centre
    int comma = close - 2;
    if (!tokens.get(comma).text().equals(",") || comma - open - 1 < 1 || comma - open - 1 > 2) {
      return Optional.empty();
    }
    for (int k = open + 1; k < comma; k++) {
      // "(Kupiansk raion, Kharkiv)": the raion word after its name
      boolean raionWord = k > open + 1 && RAION_WORDS.contains(tokens.get(k).lower());
      if (!tokens.get(k).word() || !tokens.get(k).capitalised() && !raionWord) {
        return Optional.empty();
      }
    }
    return Optional.of(new Qualifier(open, close, region.get(), open + 1));
  }

  /**
   * Whether the token at {@code i} opens the inside of a qualifier after a name: "Chuhuiv" in
   * "Kostyantynivka (Chuhuiv, Kharkiv)" where the gazetteer knows no "Kostyantynivka"; the index
   * of ")" then, else -1.
   */
  static int insideAfterName(Gazetteer gazetteer, List<Token> tokens, int i) {
    if (i < 2 || !tokens.get(i - 1).text().equals("(")) {
      return -1;
    }
    int name = i - 2;
    if (SETTLEMENT_WORDS.contains(tokens.get(name).lower()) && name >= 1) {
      name--;
    }
    if (!tokens.get(name).word() || !tokens.get(name).capitalised()) {
      return -1;
    }
    return after(gazetteer, tokens, i - 2).map(Qualifier::close).orElse(-1);
  }

  /**
   * The raion's centre in the oblast: the largest place of that name, or of the name the raion's
   * adjective is made from ("Kupianskyi": Kupiansk, "Chuhuivskyi": Chuhuiv, "Sumskyi": Sumy).
   */
  private static Optional<Place> centre(Gazetteer gazetteer, String name, Region region) {
    Optional<Place> exact = inRegion(gazetteer, name, region);
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (exact.isPresent() || !lower.endsWith("skyi") && !lower.endsWith("kyi")) {
      return exact;
    }
    String stem = name.substring(0, name.length() - (lower.endsWith("skyi") ? 4 : 3));
    for (String ending : CENTRE_ENDINGS) {
      Optional<Place> p = inRegion(gazetteer, stem + ending, region);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<Place> inRegion(Gazetteer gazetteer, String name, Region region) {
    return gazetteer.byName(name).stream().filter(p -> p.region().equals(region.iso())).findFirst();
  }

  /**
   * The namesakes the qualifier leaves: those in the oblast; of them, those in the raion of its
   * centre (nearest it first), or else the one nearest the centre. All of {@code found} when none
   * lies in the oblast. Namesakes spelled as {@code written} go before the folded spellings.
   */
  static List<Place> narrow(Gazetteer gazetteer, List<Token> tokens, Qualifier q, List<Place> found, String written) {
    // a namesake spelled as written before one that only the folded spelling reaches ("Oleksandrivka", not "Oleksandrivskyi")
    String key = NameKey.of(written);
    List<Place> same = found.stream().filter(p -> NameKey.of(p.name()).equals(key)).toList();
    List<Place> inRegion = found.stream().filter(p -> p.region().equals(q.region().iso())).toList();
    // ... among those of the bracket's oblast: "Mykolaiv city (Mykolaiv)" is GeoNames' Mykolayiv, not a village Mykolaiv
    // of Lviv oblast spelled as written
    List<Place> sameIn = inRegion.stream().filter(same::contains).toList();
    List<Place> in = sameIn.isEmpty() ? inRegion : sameIn;
    if (in.isEmpty()) {
      return same.isEmpty() ? found : same;
    }
    if (q.centre() < 0 || in.size() == 1) {
      return in;
    }
    StringBuilder name = new StringBuilder();
    for (int k = q.centre(); k < q.close() - 2 && !RAION_WORDS.contains(tokens.get(k).lower()); k++) {
      name.append(k > q.centre() ? " " : "").append(tokens.get(k).text());
    }
    Optional<Place> centre = centre(gazetteer, name.toString(), q.region());
    if (centre.isEmpty()) {
      return in;
    }
    Place c = centre.get();
    Coordinate at = new Coordinate(c.lon(), c.lat());
    Comparator<Place> byDistance = Comparator.comparingDouble(p -> Geodesy.distanceMetres(new Coordinate(p.lon(), p.lat()), at));
    // the centre itself is not its raion's village of another name ("Oleksandrivka (Donetsk, Donetsk)")
    List<Place> others = NameKey.of(c.name()).equals(key) ? in : in.stream().filter(p -> p.geonameId() != c.geonameId()).toList();
    // nearest the centre first: several namesakes may share a raion, and ACLED's raions of before 2020 were smaller
    List<Place> inRaion = others.stream().filter(p -> !p.raion().isEmpty() && p.raion().equals(c.raion())).sorted(byDistance).toList();
    if (!inRaion.isEmpty()) {
      return inRaion;
    }
    if (others.isEmpty()) {
      return in;
    }
    Place nearest = others.stream().min(byDistance).get();
    return Geodesy.distanceMetres(new Coordinate(nearest.lon(), nearest.lat()), at) <= NEAR_CENTRE_METRES ? List.of(nearest) : in;
  }
}
