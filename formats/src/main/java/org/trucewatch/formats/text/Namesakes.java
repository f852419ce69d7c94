package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Chooses, for each settlement mention of a paragraph, which of its namesakes is meant: by a point
 * of reference, by the same name narrowed elsewhere in the text, by the places near it.
 */
final class Namesakes {
  /** Namesakes smaller than this are villages, none of which a reader assumes by default. */
  private static final long NAMESAKE_TOWN_POPULATION = 5_000;
  /** How near the paragraph's other places a village namesake must lie to be taken for them. */
  private static final double NAMESAKE_NEIGHBOUR_METRES = 60_000;
  /** How far a namesake may lie from where a point of reference puts it. */
  private static final double REFERENCE_TOLERANCE_METRES = 25_000;
  /** How near the text's other places a namesake must lie to be taken over the largest of a named oblast. */
  private static final double BESIDE_METRES = 25_000;
  /** Places this large are the ones a reader assumes; smaller namesakes yield to the text's other places. */
  private static final long WELL_KNOWN_POPULATION = 50_000;

  /** The paragraph whose mentions these are: its places, context, points of reference and sentences. */
  private final Paragraph paragraph;
  /** The place each settlement mention resolves to, once worked out. */
  private final Map<PlaceMention, Place> resolved = new IdentityHashMap<>();
  /** The settlements the whole text names (set before the paragraph's mentions are read). */
  private List<Place> textPlaces = List.of();
  /** The namesakes every settlement mention of the text leaves (set before the paragraph's mentions are read). */
  private List<List<Place>> textCandidates = List.of();

  /** The namesakes of this paragraph's mentions (its places, context, references and sentences). */
  Namesakes(Paragraph paragraph) {
    this.paragraph = paragraph;
  }

  /**
   * Tells the paragraph what the whole text names: the settlements (by the text's regions) and the
   * namesakes each mention leaves; a village's namesake may show only in another paragraph.
   */
  void inText(List<Place> places, List<List<Place>> candidates) {
    this.textPlaces = places;
    this.textCandidates = candidates;
  }

  /** The places the paragraph's settlement mentions resolve to, by the text's regions only. */
  List<Place> settlementPlaces() {
    List<Place> out = new ArrayList<>();
    for (PlaceMention m : paragraph.mentions) {
      if (!m.isRegion() && !m.candidates().isEmpty()) {
        out.add(Gazetteer.resolve(m.candidates(), paragraph.context).get());
      }
    }
    return out;
  }

  /** The namesakes each of the paragraph's settlement mentions leaves. */
  List<List<Place>> candidateLists() {
    List<List<Place>> out = new ArrayList<>();
    for (PlaceMention m : paragraph.mentions) {
      if (!m.isRegion() && !m.candidates().isEmpty()) {
        out.add(m.candidates());
      }
    }
    return out;
  }

  /**
   * The namesake another mention of the same name in the text was narrowed to by its region, raion
   * or community: a name told again is the place it was told as ("Mykhailivka in the Kherson region"
   * and "Mykhailivka, Beryslav district" are one village).
   */
  private Optional<Place> narrowedElsewhere(PlaceMention where) {
    List<Place> best = null;
    // only namesakes: a community's seats ("Сумській громаді": Суми, Сумське) are no name told again
    String name = where.candidates().get(0).name();
    if (where.candidates().stream().anyMatch(p -> !p.name().equals(name))) {
      return Optional.empty();
    }
    Set<Place> all = null;
    for (List<Place> c : textCandidates) {
      // cheap tests first: most lists are other names
      if (c.size() >= where.candidates().size() || !c.get(0).name().equals(name) || best != null && c.size() >= best.size()) {
        continue;
      }
      all = all == null ? new java.util.HashSet<>(where.candidates()) : all;
      if (all.containsAll(c)) {
        best = c;
      }
    }
    return best == null ? Optional.empty() : Gazetteer.resolve(best, paragraph.context);
  }

  /**
   * Of namesakes in the same region and of the same size (villages GeoNames gives no population),
   * the one nearest the paragraph's other places: "the village Nowopawliwka" near Orichiw.
   */
  private Optional<Place> nearestOfEqualNamesakes(PlaceMention where, Place chosen) {
    Optional<Place> referred = referred(where);
    if (referred.isPresent()) {
      return referred;
    }
    Optional<Place> narrowed = narrowedElsewhere(where);
    if (narrowed.isPresent()) {
      return narrowed;
    }
    if (!CommunityName.at(paragraph.tokens, where.first())
        && LatinCommunity.head(paragraph.tokens, where.first(), LatinCommunity.COMMUNITY_HEADS) < 0) {
      // a village far from the text's other places, while its namesake of the oblast lies beside them: that namesake
      Optional<Place> nearer = NearerNamesake.of(where.candidates(), chosen,
          textPlaces.stream().filter(a -> !where.candidates().contains(a)).toList());
      if (nearer.isPresent()) {
        return nearer;
      }
    }
    Optional<Place> near = nearOthers(where, chosen);
    if (near.isPresent()) {
      return near;
    }
    // "обстреляли Золочев" with no oblast named: the town at the front, not its larger namesake far from it
    Optional<Place> front = FrontNamesake.of(where.candidates(), chosen, paragraph.context);
    if (front.isPresent()) {
      return front;
    }
    List<Place> ties = where.candidates().stream()
        .filter(p -> p.region().equals(chosen.region()) && p.population() == chosen.population()).toList();
    double within = Double.MAX_VALUE;
    boolean regionDecides = where.candidates().stream().anyMatch(p -> paragraph.context.contains(p.region()));
    if (ties.size() < 2 && !regionDecides && chosen.population() < NAMESAKE_TOWN_POPULATION) {
      // villages of one name in several regions, none of them named: the one near the paragraph's
      // other places ("in Yasne (30km south-west of Donetsk)" after Dokuchaievsk), if one is near
      ties = where.candidates().stream().filter(p -> p.population() < NAMESAKE_TOWN_POPULATION).toList();
      within = NAMESAKE_NEIGHBOUR_METRES;
    }
    if (ties.size() < 2) {
      return Optional.of(chosen);
    }
    List<Place> anchors = new ArrayList<>();
    for (PlaceMention m : paragraph.mentions) {
      if (m != where && !m.isRegion() && !m.candidates().isEmpty()) {
        anchors.add(Gazetteer.resolve(m.candidates(), paragraph.context).get());
      }
    }
    if (anchors.isEmpty()) {
      // the text's other paragraphs: "Mykilske" here, "Tiahynka" in the next one
      textPlaces.stream().filter(a -> !where.candidates().contains(a)).forEach(anchors::add);
    }
    if (anchors.isEmpty()) {
      return Optional.of(chosen);
    }
    Place best = chosen;
    double bestMetres = Double.MAX_VALUE;
    for (Place p : ties) {
      for (Place a : anchors) {
        double d = p.metresTo(a);
        if (d < bestMetres) {
          best = p;
          bestMetres = d;
        }
      }
    }
    return Optional.of(bestMetres <= within ? best : chosen);
  }

  /**
   * The namesake a point of reference right after the name says: "Yasne (30km south-west of
   * Donetsk)" is the Yasne about 30 km from Donetsk, "Александровка под Донецком" the one nearest
   * Donetsk.
   */
  private Optional<Place> referred(PlaceMention where) {
    if (where.candidates().size() < 2) {
      return Optional.empty();
    }
    for (PlaceFinder.Reference r : paragraph.references) {
      if (r.at() <= where.last() || r.at() - where.last() > 12 || paragraph.sentence[r.at()] != paragraph.sentence[where.last()]) {
        continue;
      }
      Place best = null;
      double bestError = Double.MAX_VALUE;
      double bestRank = Double.MAX_VALUE;
      Coordinate city = new Coordinate(r.place().lon(), r.place().lat());
      for (Place p : where.candidates()) {
        double d = Geodesy.distanceMetres(new Coordinate(p.lon(), p.lat()), city);
        double error = r.metres().isPresent() ? Math.abs(d - r.metres().getAsDouble()) : d;
        // "89km south of Donetsk": the namesake nearest the point the distance and the direction give, so that one as
        // far away in another direction (a Roza 90 km south-west) is not it; the tolerance stays on the distance, as
        // the eight points of the compass are rough
        double rank = r.metres().isPresent() && r.bearing().isPresent() ? Geodesy.distanceMetres(
            new Coordinate(p.lon(), p.lat()), Geodesy.destination(city, r.bearing().getAsDouble(), r.metres().getAsDouble()))
            : error;
        if (rank < bestRank) {
          best = p;
          bestError = error;
          bestRank = rank;
        }
      }
      // a reference names the area: a namesake farther than this from what it says is none of them
      return bestError <= REFERENCE_TOLERANCE_METRES ? Optional.of(best) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * A smaller place (under 50,000 people) chosen far from every other settlement the text names,
   * while a namesake lies near one of them, is that namesake: "в Андріївській громаді" among
   * Yablunivka, Pokrovsk and Myrnohrad is the Andriivka of Donetsk Oblast, not the larger one of
   * Kharkiv Oblast.
   */
  private Optional<Place> nearOthers(PlaceMention where, Place chosen) {
    // a community's seat may be any of its namesakes: "Марганецькій, Покровській громадах" is the one
    // nearest the places of its sentence, not Pokrovsk
    if (where.candidates().size() >= 2 && CommunityName.at(paragraph.tokens, where.first())) {
      List<Place> neighbours = new ArrayList<>();
      for (PlaceMention m : paragraph.mentions) {
        if (m != where && !m.isRegion() && !m.candidates().isEmpty()
            && paragraph.sentence[m.first()] == paragraph.sentence[where.first()]) {
          neighbours.add(Gazetteer.resolve(m.candidates(), paragraph.context).get());
        }
      }
      if (!neighbours.isEmpty()) {
        Place best = chosen;
        for (Place p : where.candidates()) {
          if (nearest(p, neighbours) < nearest(best, neighbours)) {
            best = p;
          }
        }
        // a community is its centre: GeoNames' entry for a community's seat (PPLA3, or a raion's or oblast's seat) near
        // the others is it, though a village of the name lies nearer ("Краснопольскую, Шалыгинскую ... общины")
        Place seat = null;
        for (Place p : where.candidates()) {
          // ... in the oblast the text names (else the nearest's): a list of communities may span the oblast
          // ("Краснопольскую, Шалыгинскую, Середино-Будскую общины", 120 km apart)
          if (p.feature().startsWith("PPLA") && (paragraph.context.isEmpty() ? p.region().equals(best.region())
              : paragraph.context.contains(p.region()))
              && (seat == null || nearest(p, neighbours) < nearest(seat, neighbours))) {
            seat = p;
          }
        }
        return Optional.of(seat != null ? seat : best);
      }
      // "Лозівська громада" in a text of Kharkiv oblast or of none: a city the reader knows bearing the name, the
      // largest of the oblast the text names, seats it
      if (chosen.population() >= WELL_KNOWN_POPULATION && (largestOfANamedRegion(where, chosen) || paragraph.context.isEmpty())) {
        return Optional.empty();
      }
      // "Васильківську громаду Синельниківського району ... по Покровській громаді": with no place beside it, the
      // community is the namesake in the raion the paragraph named last before it
      Optional<Place> inRaion = CommunityRaion.seat(paragraph.places.regions(paragraph.tokens, paragraph.language),
          where, chosen);
      if (inRaion.isPresent()) {
        return inRaion;
      }
    }
    if (chosen.population() >= WELL_KNOWN_POPULATION && !CommunityName.at(paragraph.tokens, where.first())
        && !RivalTown.has(where.candidates(), chosen) || where.candidates().size() < 2
        || where.candidates().stream().filter(p -> paragraph.context.contains(p.region())).count() == 1) {
      return Optional.empty();
    }
    List<Place> anchors = new ArrayList<>();
    for (Place a : textPlaces) {
      if (!where.candidates().contains(a)) {
        anchors.add(a);
      }
    }
    if (anchors.isEmpty() || nearest(chosen, anchors) <= NAMESAKE_NEIGHBOUR_METRES) {
      return Optional.empty();
    }
    // the largest of a named oblast yields only to a namesake right beside the text's other places: a hamlet
    // 50 km off is no reason to leave the town ("Семенівки Чернігівської області"), a village 6 km from
    // Pokrovsk is ("Selene ... Pokrowsker Gemeinde")
    if (largestOfANamedRegion(where, chosen)
        && where.candidates().stream().noneMatch(p -> p != chosen && nearest(p, anchors) <= BESIDE_METRES)) {
      return Optional.empty();
    }
    Place best = null;
    double bestMetres = NAMESAKE_NEIGHBOUR_METRES;
    for (Place p : where.candidates()) {
      double d = nearest(p, anchors);
      if (d <= bestMetres) {
        best = p;
        bestMetres = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code chosen} lies in a region the text names and is larger than each of its namesakes there: what a
   * reader assumes when nothing in the text points closer ("Семенівки Чернігівської області" is the town of 5,600
   * people, not the hamlet of that oblast 50 km nearer to Horodnia).
   */
  private boolean largestOfANamedRegion(PlaceMention where, Place chosen) {
    return paragraph.context.contains(chosen.region()) && where.candidates().stream()
        .noneMatch(p -> p != chosen && p.region().equals(chosen.region()) && p.population() >= chosen.population());
  }

  private static double nearest(Place p, List<Place> anchors) {
    double best = Double.MAX_VALUE;
    for (Place a : anchors) {
      best = Math.min(best, p.metresTo(a));
    }
    return best;
  }

  Place resolvedPlace(PlaceMention m) {
    Place known = resolved.get(m);
    if (known != null) {
      return known;
    }
    // the same name narrowed elsewhere in the paragraph says which namesake this one is
    List<Place> shared = SameName.shared(m, paragraph.mentions);
    Place p = shared != null && shared.size() == 1 ? shared.get(0)
        : nearestOfEqualNamesakes(m, Gazetteer.resolve(shared != null ? shared : m.candidates(), paragraph.context).get()).get();
    resolved.put(m, p);
    return p;
  }
}
