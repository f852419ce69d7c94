package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;
import org.trucewatch.formats.gazetteer.Raion;
import org.trucewatch.formats.gazetteer.Region;

/**
 * Finds the places and regions a paragraph names. A region is its base name next to a region
 * word ("Region Charkiw", "Kharkiv Oblast", "Харківській області") or a Cyrillic region noun
 * ("Харківщина"). A settlement is a capitalised word (or two or three) the gazetteer knows; a
 * small place (under 50,000 people) counts only after a word that introduces a place ("in",
 * "village", "у", "біля") or when it lies in a region the text names, so that a surname or a
 * common word that happens to be a village's name is not taken for one.
 */
final class PlaceFinder {
  /** What may stand between a village and the raion that qualifies it: "Mykhailivka, Beryslav district". */
  private static final Set<String> QUALIFIER_LINKS = Set.of(",", "(", "in", "the", "im",
      // "Semenivka community in Novhorod-Siverskyi district": the raion of the community's seat
      "community", "hromada", "gemeinde");
  /** Nouns before a name that make it a raion or a republic, not the town: "im Bezirk Kupjansk". */
  private static final Set<String> RAION_NOUNS_BEFORE = Set.of("bezirk", "rajon", "landkreis", "kreis", "volksrepublik");
  private static final long WELL_KNOWN_POPULATION = 50_000;
  /** How many tokens a remark in brackets after an item of a list may span. */
  private static final int BRACKET_REMARK = 30;
  /** Ukrainian and Russian abbreviations of village, town and city, written with a full stop: "с. Шестакове", "г. Лиман". */
  private static final Set<String> SETTLEMENT_ABBREVIATIONS = Set.of("с", "м", "г", "п", "пос", "смт", "пгт", "сел", "сщ");
  /** Words between a settlement and the region that says which one it is. */
  private static final Set<String> LINK_WORDS = Set.of("(", ",", "in", "the", "of", "im", "in der", "der", "des",
      "у", "в", "на", "во", "district", "raion", "rayon",
      // "Antoniwka in der südlichen Oblast Cherson", "in the southern Kherson region"
      "südlichen", "nördlichen", "östlichen", "westlichen", "nordöstlichen", "südöstlichen", "nordwestlichen",
      "südwestlichen", "ostukrainischen", "südukrainischen", "southern", "northern", "eastern", "western",
      "north-eastern", "south-eastern", "north-western", "south-western", "northeastern", "southeastern");
  /**
   * Countries, whose names villages also bear (Україна, a village of Kharkiv Oblast): "в Україні"
   * is the country. Their case forms, compared as name keys.
   */
  private static final Set<String> COUNTRIES = countryForms("Україна", "Украина", "Росія", "Россия", "Білорусь",
      "Беларусь", "Ukraine", "Ukraina", "Russia", "Russland", "Belarus");

  private static Set<String> countryForms(String... names) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (String n : names) {
      out.addAll(org.trucewatch.formats.gazetteer.CyrillicDeclension.forms(n));
    }
    return Set.copyOf(out);
  }

  /** A town with works named after it is at least this large: "Харьковский завод" is Kharkiv, not a village Kharkivka. */
  private static final long FACILITY_TOWN = 10_000;
  /** Words that continue a list of places: a name after a comma before them is no qualifier. */
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "und", "oder", "і", "й", "та", "и", "или");

  /** Words after a settlement's name that make it a community's (which bears its seat's name). */
  private static final Set<String> COMMUNITY_WORDS = Set.of("community", "communities", "hromada", "hromadas",
      "gemeinde", "gemeinden", "hromada-gemeinde");

  /** Prepositions between an attack and its target: "attack on", "Angriff auf", "удар по". */
  private static final Set<String> ATTACK_PREPOSITIONS = Set.of("on", "at", "against", "auf", "gegen", "по", "на");

  /** Words after a name that make it a river's. */
  private static final Set<String> RIVER_WORDS = Set.of("river", "river's", "fluss", "річка", "річки", "річці", "река",
      "реки", "реке");

  /** A river's banks, and the sides before them: "the Dnipro's west bank". */
  private static final Set<String> BANK_WORDS = Set.of("bank", "banks", "ufer", "берег", "берега", "березі", "берегу");
  private static final Set<String> BANK_SIDES = Set.of("west", "east", "left", "right", "western", "eastern", "linken",
      "rechten", "westlichen", "östlichen", "лівий", "правий", "лівому", "правому", "лівого", "правого", "левый", "правый",
      "левом", "правом", "левого");

  /**
   * Words after a city's name that make it something else: its government or army ("the Kiev
   * government", "Kyiv forces"), a republic proclaimed in it ("Donetsk People's Republic") or an
   * outlet named after it ("The Kyiv Independent", "Kyiv Post"). None is where an event happened.
   */
  private static final Set<String> NOT_THE_PLACE_AFTER = Set.of("government", "regime", "forces", "troops",
      "people's", "people", "independent", "post", "times", "regierung", "regime's",
      // "Kiews Truppen feuerten": German's army named after its capital, as "Kyiv forces" is
      "truppen", "streitkräfte", "armee",
      // "Kiev terrorists attack infrastructure": a side of the war named after its capital
      "terrorists", "militants", "junta",
      // "the Sumy district", "Nikopol raion": the raion named after the town, not the town
      "district", "raion", "rayon", "rajon");

  /**
   * Beginnings of the Cyrillic words after a name that make it a raion's or a city district's ("у Шевченківському
   * районі", "мікрорайон"), or a front's direction named after its city ("На Донецком направлении", "на Волноваському
   * напрямку"), not a village of its name.
   */
  private static final List<String> NOT_THE_PLACE_AFTER_CYRILLIC =
      Stream.concat(CityDistrict.NOUNS.stream(), Stream.of("направлени", "напрям")).toList();

  /**
   * Beginnings of the nouns after an unknown Cyrillic word that make it the adjective of a raion, community, oblast or
   * village council qualifying the village before it ("Олександрівка Тростянецької громади"), not a surname. A list of
   * its own: only "район" is {@link CityDistrict#NOUNS}' too, and taking theirs ("мікрорайон") or {@link
   * MunicipalDistrict}'s "округ" in would change which words read as surnames.
   */
  private static final List<String> QUALIFYING_NOUNS = List.of("район", "громад", "област", "сільрад", "сельсовет");

  /** The word with the typographic apostrophes the press uses ("People’s") written as the plain one. */
  private static String apostrophe(String w) {
    return w.replace('\u2019', '\'').replace('\u02bc', '\'');
  }

  /** Abbreviations of a region's administration after its name: "the Zaporizhzhia RMA", "Kherson OVA". */
  private static final Set<String> REGIONAL_BODIES = Set.of("rma", "ova", "oda", "rsa", "rva");
  /** What "regional" names after a city's name when it is the region's body: "Kharkiv Regional Military Administration". */
  private static final List<String> BODY_WORDS = List.of("military", "administration", "state", "council", "police",
      "prosecutor", "governor", "authorities");

  /**
   * Whether the name ending at {@code last} names a region's body, not the city: "the head of the
   * Kharkiv Regional Military Administration", "the Zaporizhzhia RMA", "Kherson regional police". Who
   * speaks is not where it happened (a "Kharkiv Regional Hospital" is in the city, and stays).
   */
  private static boolean regionalBody(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(last + 1).lower();
    // "the Kharkiv governor said": a governor heads an oblast, so the city's name before the title is the oblast's
    if (REGIONAL_BODIES.contains(next) || RegionalBodyBefore.GOVERNORS.contains(apostrophe(next))) {
      return true;
    }
    if (!next.equals("regional") && !next.equals("oblast")) {
      return false;
    }
    for (int k = last + 2; k < Math.min(tokens.size(), last + 4); k++) {
      String w = tokens.get(k).lower();
      for (String b : BODY_WORDS) {
        if (w.startsWith(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words between a village and the community after it that qualifies it: "Dudchany in the Mylivsk community". */
  private static final Set<String> VILLAGE_COMMUNITY_LINKS = Set.of("in", "the", "of", "im", "der", "des");

  /** Whether a village may belong to the community seated at {@code seat}: same region, within {@link #COMMUNITY_METRES}. */
  static boolean nearSeat(Place village, Place seat) {
    return village.region().equals(seat.region()) && village.metresTo(seat) < COMMUNITY_METRES;
  }

  /** Whether the Latin community name at {@code i} qualifies the settlement mentioned right before it. */
  private static boolean villageBefore(List<Token> tokens, List<PlaceMention> out, int i) {
    if (out.isEmpty() || out.get(out.size() - 1).isRegion()) {
      return false;
    }
    int k = out.get(out.size() - 1).last() + 1;
    if (k >= i) {
      return false;
    }
    for (; k < i; k++) {
      if (!VILLAGE_COMMUNITY_LINKS.contains(tokens.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the small place's name ending at {@code last} is a person's given name: a capitalised
   * word the gazetteer does not know follows it, as a surname does ("Oleh Kiper", "Oleh Synjohubow"),
   * and no word introduced it as a place.
   */
  private boolean givenName(List<Token> tokens, int last, boolean cyrillic) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(last + 1);
    if (!(next.word() && next.capitalised() && gazetteer.byName(next.text()).isEmpty()
        && gazetteer.regionByBaseName(next.text()).isEmpty())) {
      return false;
    }
    if (!cyrillic) {
      return true;
    }
    // "глава ОВА Олег Кипер": in Cyrillic the unknown word must be no inflected place, region, raion or community
    // either, since "Новоосинове Куп'янського району" and "Іванівка Херсонської області" qualify the village
    String w = next.text();
    // "из Лисичанска и Приволья Это двое мужчин": a sentence whose full stop is missing starts with a function word
    if (w.indexOf('-') >= 0 || CyrillicFunctionWords.is(next.lower()) || !gazetteer.byInflectedWord(w).isEmpty() || gazetteer.regionByWord(w).isPresent()
        || !gazetteer.raionsByWord(w).isEmpty() || !gazetteer.byCommunityAdjective(w).isEmpty()) {
      return false;
    }
    // nor may a district or community noun follow it: "Олександрівка Тростянецької громади"
    if (last + 2 < tokens.size()) {
      String after = tokens.get(last + 2).lower();
      return QUALIFYING_NOUNS.stream().noneMatch(after::startsWith);
    }
    return true;
  }

  /** Whether the gazetteer knows a word as a place's name or a case form of one. */
  private boolean knownName(String w) {
    return !gazetteer.byName(w).isEmpty() || !gazetteer.byInflectedWord(w).isEmpty();
  }

  /** Street words: "улица Шевченко", "по улице Уткина", "вулиця Шевченка", "Pobeda Street". */
  private static final List<String> STREET_BEFORE = List.of("улиц", "ул.", "вулиц", "вул.", "проспект", "пр-т",
      "переул", "пров.", "провул", "бульвар", "площ");
  /** Street words abbreviated, their full stop taken off: "по ул. Петровского", "вул. Шевченка", "пр. Мира". */
  private static final Set<String> STREET_ABBREVIATIONS = Set.of("ул", "вул", "пр", "просп", "пров", "пер", "бул", "пл");
  private static final Set<String> STREET_AFTER = Set.of("street", "st", "avenue", "ave", "lane", "square", "straße",
      "strasse", "str", "boulevard", "prospekt");

  /** How far a village may lie from the seat of its community. */
  private static final double COMMUNITY_METRES = 40_000;

  private final Gazetteer gazetteer;

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The English name of a region, e.g. "Kharkiv Oblast", or the code when unknown. */
  String regionName(String iso) {
    return gazetteer.region(iso).map(Region::english).orElse(iso);
  }

  /** The regions a paragraph names. */
  List<PlaceMention> regions(List<Token> tokens, Language language) {
    List<PlaceMention> out = new ArrayList<>();
    List<Cue> regionWords = Lexicon.cues(language, Lexicon.Kind.REGION);
    boolean cyrillic = language == Language.UK || language == Language.RU;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word() || !t.capitalised()) {
        continue;
      }
      if (cyrillic) {
        // "у Харківському районі", "Харківського району": a raion, which says which of several
        // namesakes a settlement is
        int district = CityDistrict.districtWord(tokens, i);
        if (district >= 0 && CityDistrict.ofCity(tokens, district, gazetteer)) {
          continue; // "у Дніпровському районі Херсона": the city's district, not the raion of another oblast
        }
        // ... and "Васильевском муниципальном округе", the raion under its occupation name
        int raionNoun = i + 1 < tokens.size() && tokens.get(i + 1).lower().startsWith("район") ? i + 1
            : MunicipalDistrict.nounAfter(tokens, i);
        if (raionNoun >= 0) {
          List<Raion> raions = gazetteer.raionsByWord(t.text());
          Optional<Region> of = raions.isEmpty() ? Optional.empty() : gazetteer.region(raions.get(0).region());
          // a word that is also a city district's ("Шевченківському районі") names no region: not a qualifier
          if (of.isPresent()) {
            out.add(new PlaceMention(i, raionNoun, List.of(), of, raions));
            i = raionNoun;
            continue;
          }
        }
        Optional<Region> r = gazetteer.regionByWord(t.text());
        if (r.isPresent()) {
          boolean regionWordNext = i + 1 < tokens.size() && matchesAny(regionWords, tokens, i + 1);
          boolean noun = t.lower().contains("щин") || t.lower().contains("ччин") || t.lower().contains("чин")
              || t.lower().startsWith("буковин") || t.lower().startsWith("закарпатт") || t.lower().startsWith("прикарпатт");
          if (regionWordNext || noun) {
            out.add(new PlaceMention(i, regionWordNext ? i + 1 : i, List.of(), r));
            i += regionWordNext ? 1 : 0;
          }
        }
        continue;
      }
      Optional<Region> r = gazetteer.regionByBaseName(t.text());
      if (r.isEmpty() && t.lower().endsWith("s")) {
        r = gazetteer.regionByBaseName(t.text().substring(0, t.text().length() - 1));
      }
      if (r.isEmpty() && language == Language.DE) {
        // "der Oblast Mykolaiw": the oblast by its city's half-German spelling, as its city is found
        r = HalfGermanSpelling.region(gazetteer, t.text());
      }
      if (r.isEmpty()) {
        continue;
      }
      boolean after = i + 1 < tokens.size() && matchesAny(regionWords, tokens, i + 1);
      boolean before = i >= 1 && matchesAny(regionWords, tokens, i - 1);
      // "the region of Kharkiv"
      boolean beforeOf = i >= 2 && tokens.get(i - 1).lower().equals("of") && matchesAny(regionWords, tokens, i - 2);
      if (after) {
        out.add(new PlaceMention(i, i + 1, List.of(), r));
        i++;
      } else if (before) {
        out.add(new PlaceMention(i - 1, i, List.of(), r));
      } else if (beforeOf) {
        out.add(new PlaceMention(i - 2, i, List.of(), r));
      }
    }
    return out;
  }

  /**
   * The oblasts the tokens name only to say which namesake is meant, no place of their own: a self-proclaimed
   * republic's ("ЛНР", "Volksrepublik Luhansk", {@link SelfProclaimedRepublic}), a Latin raion's ("im Landkreis
   * Polohiw", {@link LatinRaionRegion}) and a regional body's named in Latin script ("the Sumy Regional Military
   * Administration").
   */
  List<String> contextOnlyRegions(List<Token> tokens, Language language) {
    List<String> out = new ArrayList<>(SelfProclaimedRepublic.regions(tokens, gazetteer));
    if (language != Language.UK && language != Language.RU) {
      LatinRaionRegion.regions(tokens, gazetteer).stream().filter(r -> !out.contains(r)).forEach(out::add);
      // "head of the Sumy Regional Military Administration", "the Kharkiv RMA": the body's oblast, no place (a
      // mention of its own competed with the settlements of its sentence), says which namesake a village is
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.word() && t.capitalised() && regionalBody(tokens, i)) {
          gazetteer.regionByBaseName(t.text()).map(Region::iso).filter(r -> !out.contains(r)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The settlements a paragraph names, outside the given region mentions. */
  List<PlaceMention> settlements(List<Token> tokens, Language language, List<PlaceMention> regionMentions,
      List<String> contextRegions) {
    List<PlaceMention> out = new ArrayList<>();
    List<Cue> introducers = Lexicon.cues(language, Lexicon.Kind.SETTLEMENT);
    List<Cue> attacks = Lexicon.cues(language, Lexicon.Kind.ATTACK);
    boolean cyrillic = language == Language.UK || language == Language.RU;
    for (int i = 0; i < tokens.size(); i++) {
      if (inside(regionMentions, i)) {
        continue;
      }
      // "Kostyantynivka (Kramatorsk, Donetsk)" with a name the gazetteer lacks: the bracket is still no place
      int bracket = cyrillic ? -1 : AdminBracket.insideAfterName(gazetteer, tokens, i);
      if (bracket >= 0) {
        i = bracket;
        continue;
      }
      Token t = tokens.get(i);
      // "The district center and Marhanets community were hit", "das Bezirkszentrum", "у самому райцентрі": the seat of
      // the district the paragraph named before
      int centre = DistrictCentre.at(tokens, i);
      if (centre >= 0) {
        Optional<Place> seat = DistrictCentre.seat(gazetteer, tokens, i, regionMentions);
        if (seat.isPresent()) {
          out.add(new PlaceMention(i, centre, List.of(seat.get()), Optional.empty()));
          i = centre;
          continue;
        }
      }
      if (!t.word() || !t.capitalised() || COUNTRIES.contains(org.trucewatch.formats.gazetteer.NameKey.of(t.text()))
          || cyrillic && CyrillicFunctionWords.is(t.lower())) {
        continue;
      }
      // "у селищі Донецьке Миколаївської громади": after a village word and before its community the name is the
      // village's, not a community's adjective ("у селі Миколаївської сільської громади" names the community alone)
      boolean villageOfCommunity = VillageWord.before(tokens, i) && i + 1 < tokens.size() && tokens.get(i + 1).capitalised();
      if (cyrillic && !villageOfCommunity) {
        int word = community(tokens, i);
        if (word > i) {
          List<Place> adjectiveSeats = gazetteer.byCommunityAdjective(t.text());
          // "Великописарівської громади": Велика Писарівка
          List<Place> seats = adjectiveSeats.isEmpty() ? CompoundCommunity.seats(gazetteer, t.text()) : adjectiveSeats;
          PlaceMention before = out.isEmpty() ? null : out.get(out.size() - 1);
          if (!seats.isEmpty() && before != null && !before.isRegion() && before.last() == i - 1) {
            // "Яблунівку Іллінівської громади": the community says which namesake the village is
            List<Place> near = before.candidates().stream()
                .filter(p -> seats.stream().anyMatch(q -> nearSeat(p, q)))
                .toList();
            if (!near.isEmpty()) {
              // "у селі Дудчани Милівської громади на Херсонщині": a region may follow the community too
              PlaceMention qualified = qualified(tokens, before.first(), word, near, regionMentions);
              out.set(out.size() - 1, qualified != null ? qualified : new PlaceMention(before.first(), word, near, Optional.empty()));
              i = qualified != null ? qualified.last() : word;
              continue;
            }
          }
          boolean listed = false;
          for (int k = i + 1; k < word; k++) {
            listed |= tokens.get(k).text().equals(",") || LIST_WORDS.contains(tokens.get(k).lower());
          }
          if (!seats.isEmpty() && listed) {
            // one of a list: the next adjective names its own seat
            out.add(new PlaceMention(i, i, seats, Optional.empty()));
            continue;
          }
          if (!seats.isEmpty()) {
            PlaceMention qualified = qualified(tokens, i, word, seats, regionMentions);
            out.add(qualified != null ? qualified : new PlaceMention(i, word, seats, Optional.empty()));
            i = qualified != null ? qualified.last() : word;
            continue;
          }
        }
      }
      // "по Одесскому морскому порту", "в Кременчугскую ТЭЦ": the town of the works, by its adjective
      if (cyrillic && FacilityTown.at(tokens, i)) {
        List<Place> towns = gazetteer.byCommunityAdjective(t.text()).stream().filter(p -> p.population() >= FACILITY_TOWN).toList();
        if (!towns.isEmpty()) {
          out.add(new PlaceMention(i, i, towns, Optional.empty()));
          continue;
        }
      }
      List<Place> found = List.of();
      int len = 0;
      for (int n = 3; n >= 1 && found.isEmpty(); n--) {
        if (i + n > tokens.size() || !allCapitalisedWords(tokens, i, n)) {
          continue;
        }
        StringBuilder name = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          name.append(k > i ? " " : "").append(tokens.get(k).text());
        }
        found = gazetteer.byName(name.toString());
        if (found.isEmpty() && language == Language.DE) {
          // "den Seehafen Mykolaiw": the national spelling with German "w"
          found = HalfGermanSpelling.places(gazetteer, name.toString());
        }
        if (found.isEmpty() && n >= 2 && cyrillic) {
          // "у Кривому Розі", "біля Часового Яру": a multi-word name inflected word by word
          List<String> words = new ArrayList<>();
          for (int k = i; k < i + n; k++) {
            words.add(tokens.get(k).text());
          }
          found = gazetteer.byInflectedWords(words);
        }
        if (found.isEmpty() && n == 1 && cyrillic && t.text().indexOf('-') > 0) {
          // "в Каменке-Днепровской": a hyphenated name inflected part by part
          found = gazetteer.byInflectedWords(List.of(t.text().split("-+")));
        }
        if (n == 1 && cyrillic) {
          found = withInflected(found, gazetteer.byInflectedWord(t.text()));
        } else if (found.isEmpty() && n == 1 && t.lower().endsWith("s") && t.text().length() > 4) {
          found = gazetteer.byName(t.text().substring(0, t.text().length() - 1));
        }
        len = n;
      }
      // "Bohodukhiv, Chuhuiv and Kupiansk districts": a list of raions names no settlement
      // ... unless a town of the list seats no raion: "Chervonohryhorivka, Nikopol, and Marhanets districts" are communities
      int districts = cyrillic ? -1 : LatinCommunity.head(tokens, i, LatinCommunity.DISTRICT_HEADS);
      boolean looseDistricts = districts >= 0 && LooseDistricts.communities(gazetteer, tokens, districts);
      if (districts >= 0 && !looseDistricts || !cyrillic && LatinCommunity.head(tokens, i, LatinCommunity.CITY_DISTRICT_HEADS) >= 0) {
        continue;
      }
      // "Gemeinde Myropilska", "the Myropil, Esman and Svesa communities": a community's name, placed at its seat
      boolean community = !cyrillic && len <= 1 && (looseDistricts || LatinCommunity.head(tokens, i, LatinCommunity.COMMUNITY_HEADS) >= 0);
      // "in Khotynska and Bilopilska": an adjective no place bears, its seat in the text's regions
      boolean adjectiveAlone = !cyrillic && !community && found.isEmpty() && LatinCommunity.adjectiveAlone(tokens, i);
      if (adjectiveAlone) {
        List<Place> seats = LatinCommunity.seats(gazetteer, t.text(), contextRegions);
        if (seats.stream().anyMatch(p -> contextRegions.contains(p.region()))) {
          found = seats;
          len = 1;
          community = true;
        }
      }
      // "Dudchany in the Mylivsk community": the community says where the village before it lies, the village is the place
      if (community && villageBefore(tokens, out, i)) {
        // ... and which of its namesakes: the one near the community's seat ("Chernechchyna in the Krasnopillia community")
        PlaceMention village = out.get(out.size() - 1);
        List<Place> seats = LatinCommunity.seats(gazetteer, t.text(), contextRegions);
        List<Place> near = village.candidates().stream().filter(p -> seats.stream().anyMatch(q -> nearSeat(p, q))).toList();
        if (!near.isEmpty()) {
          int end = i + 1 < tokens.size() && COMMUNITY_WORDS.contains(tokens.get(i + 1).lower()) ? i + 1 : i;
          out.set(out.size() - 1, new PlaceMention(village.first(), end, near, Optional.empty()));
          i = end;
        }
        continue;
      }
      if (community && found.stream().noneMatch(p -> contextRegions.contains(p.region()))) {
        // "shelling the Nikopol district ... They hit Nikopol, Myrove, Marhanets, Pokrovsk communities": a raion the
        // paragraph names says the oblast of its communities, as a named oblast does
        List<String> regions = new ArrayList<>(contextRegions);
        LatinRaionRegion.regions(tokens, gazetteer).stream().filter(r -> !regions.contains(r)).forEach(regions::add);
        List<Place> seats = LatinCommunity.seats(gazetteer, t.text(), regions);
        if (found.isEmpty() || seats.stream().anyMatch(p -> regions.contains(p.region()))) {
          found = seats;
          len = 1;
        }
      }
      if (found.isEmpty()) {
        continue;
      }
      // "г. Лиман", "the city of Sloviansk": a town, not a village of its name near the text's other places
      if (found.size() > 1 && CityWord.before(tokens, i)) {
        found = CityWord.towns(found);
      }
      // "у селищі Донецьке": a village, not the city its name is also a case form of
      if (found.size() > 1 && VillageWord.before(tokens, i)) {
        found = VillageWord.villages(found);
      }
      boolean wellKnown = found.get(0).population() >= WELL_KNOWN_POPULATION;
      // "in", "near", "у", "біля" before it, or the attack it suffered: "обстрілу Куп'янська", "shelling of Kupiansk"
      boolean introduced = (i >= 1 && matchesAny(introducers, tokens, i - 1)) || (i >= 2 && matchesAny(introducers, tokens, i - 2))
          || (i >= 1 && matchesAny(attacks, tokens, i - 1))
          // "по с. Шестакове", "под обстрелом был г. Лиман": the settlement word abbreviated
          || cyrillic && i >= 2 && tokens.get(i - 1).text().equals(".") && SETTLEMENT_ABBREVIATIONS.contains(tokens.get(i - 2).lower())
          // "a shell attack on Shyrokyne", "Drohnenangriff auf Kisomys", "удар по Малокатеринівці"
          || (i >= 2 && ATTACK_PREPOSITIONS.contains(tokens.get(i - 1).lower()) && matchesAny(attacks, tokens, i - 2))
          // "the Bilopillia community", "Nedryhailiv hromada"
          || i + len < tokens.size() && COMMUNITY_WORDS.contains(tokens.get(i + len).lower())
          // "Новодмитрівку Білозерської громади": a village named with its community
          || cyrillic && i + len + 1 < tokens.size() && tokens.get(i + len).capitalised()
              && tokens.get(i + len + 1).lower().startsWith("громад");
      introduced |= community;
      // "hat Beryslaw beschossen", "griffen die Russen Tschuhujiw mit Raketen an": a German attack verb's object;
      // "auf den Stadtrand von Torezk": a part of the town
      introduced |= language == Language.DE && (AttackedObject.at(tokens, i, i + len - 1, k -> matchesAny(attacks, tokens, k))
          || TownPart.before(tokens, i));
      // "под вражеским огнем оказались Белозерка, ...", "обстрілів зазнали Білозерка, ...": the first of a round-up
      introduced |= cyrillic && UnderFire.before(tokens, i);
      // "обстреляли центр Купянска", "жилые кварталы Авдеевки", "центральної частини Вовчанська": a part of the town
      introduced |= cyrillic && TownPart.beforeCyrillic(tokens, i);
      // "обстреляли из артиллерии Станицу Луганскую", "атакували з дрона Кізомис": the weapon between verb and object
      introduced |= cyrillic && AttackWithInstrument.before(tokens, i, k -> matchesAny(attacks, tokens, k));
      // "Куп'янськ: поранено двох", "\"Щастя: 80% міста знищено\"": a round-up's line headed by its town
      introduced |= HeadedLine.at(tokens, i, i + len - 1);
      // "Два жителя Кременной недалеко от Северодонецка": the place a reference locates
      introduced |= NearReference.follows(tokens, i + len - 1);
      boolean inContext = found.stream().anyMatch(p -> contextRegions.contains(p.region()));
      int last = i + len - 1;
      // "43km north of Donetsk", "15 км к западу от Донецка": a point of reference, not where it happened;
      // so is the city in "Александровка под Донецком", which says which Oleksandrivka
      boolean nearTheOther = i >= 2 && NEAR.contains(tokens.get(i - 1).lower()) && !out.isEmpty()
          && !out.get(out.size() - 1).isRegion() && out.get(out.size() - 1).last() == i - 2 && wellKnown;
      // ... as is "Кременной недалеко от Северодонецка", "Степногірську, що неподалік Запоріжжя"; and "с позиций в
      // Красногоровке": where the fire came from
      nearTheOther |= wellKnown && (NearReference.at(tokens, i, this::knownName) || NearReference.titled(tokens, i));
      // "nach Angaben aus Kiew", "according to Kyiv": where the news came from
      // ... and "эвакуировали в Краматорск", "taken to a hospital in Dnipro": where the hurt were carried
      if (reference(tokens, i) || titledReference(tokens, i, out) || nearTheOther || FiringPosition.at(tokens, i) || SourceCity.at(tokens, i)
          || CarriedTo.at(tokens, i)) {
        i = last;
        continue;
      }
      // "the Dnipro River", "am Dnipro-Ufer", "on the Dnipro's west bank": a river named after a city is no place of an event
      if (last + 1 < tokens.size() && (RIVER_WORDS.contains(tokens.get(last + 1).lower())
          || BANK_WORDS.contains(tokens.get(last + 1).lower())
          || last + 2 < tokens.size() && BANK_SIDES.contains(tokens.get(last + 1).lower())
              && BANK_WORDS.contains(tokens.get(last + 2).lower()))) {
        i = last;
        continue;
      }
      // "the Kiev government", "The Kyiv Independent", "на улице Шевченко", "in Pobeda Street"; "у
      // Шевченківському районі", "на Центральний район Херсона": a raion or a city's district, not a village of its name
      // "im Bezirk Kupjansk", "Rajon Pokrowsk": the raion named after the town, as "the Kupiansk district" is
      // "der selbst ernannten Volksrepublik Luhansk": the republic named after the city, as "Luhansk People's Republic" is
      boolean raionBefore = i >= 1 && RAION_NOUNS_BEFORE.contains(tokens.get(i - 1).lower());
      if (raionBefore || regionalBody(tokens, last) || RegionalBodyBefore.at(tokens, i) || last + 1 < tokens.size() && (NOT_THE_PLACE_AFTER.contains(apostrophe(tokens.get(last + 1).lower()))
          || cyrillic && NOT_THE_PLACE_AFTER_CYRILLIC.stream().anyMatch(tokens.get(last + 1).lower()::startsWith)
          // "Киевский, Кировский, Петровский районы Донецка": every adjective of a list of districts
          || cyrillic && CityDistrict.districtWord(tokens, last) >= 0 || cyrillic && MunicipalDistrict.nounAfter(tokens, last) >= 0) || street(tokens, i, last)
          // ... unless GeoNames knows the quoted name as a section of a city: "“Korabel” microdistrict" is in Kherson
          || quoted(tokens, i, last) && found.stream().noneMatch(p -> p.feature().equals("PPLX"))) {
        i = last;
        continue;
      }
      // "районов столицы республики: Ворошиловский, Киевский, Кировский": districts of a city, each at its GeoNames
      // section of the city where it has one (Київський of Donetsk), never at a village of the district's name
      if (cyrillic && CityDistrict.listedAfterColon(tokens, last)) {
        List<Place> sections = found.stream().filter(p -> p.feature().equals("PPLX")).toList();
        if (!sections.isEmpty()) {
          out.add(new PlaceMention(i, last, sections, Optional.empty()));
        }
        i = last;
        continue;
      }
      PlaceMention qualified = qualified(tokens, i, last, found, regionMentions);
      // "Oleh Kiper", "глава ОВА Олег Кипер": a given name, also after a comma that seems to go on a list; an
      // unknown Cyrillic word after a village is as often an inflected raion ("Новоосинове Куп'янського району"),
      // which givenName tells apart
      if (qualified == null && !wellKnown && !introduced && givenName(tokens, last, cyrillic)) {
        i = last;
        continue;
      }
      // "по житловому сектору міста Авдіївки": a word for a town says the name is a settlement's, in every case the
      // lexicon's introducers do not list; not a given name after it ("мэр города Максим Пухов" is the town's mayor)
      introduced |= CityWord.before(tokens, i);
      // the next of a list of places: "in Krasnohorivka, Horlivka, Lobacheve and Raivka"
      introduced |= !out.isEmpty() && !out.get(out.size() - 1).isRegion() && continuesList(tokens, out.get(out.size() - 1).last(), i);
      if (qualified != null || wellKnown || introduced || inContext) {
        out.add(qualified != null ? qualified : new PlaceMention(i, last, found, Optional.empty()));
        i = qualified != null ? qualified.last() : last;
      } else {
        // "атаковали ... Русскую Лозовую": a name of several words left unread is read no further, its last word
        // alone (Лозовую : the town Lozova) being no place the text names
        i = last;
      }
    }
    // "Myropillia and Seredyna-Buda, Sumy": ACLED's oblast after a list qualifies every settlement of it
    // "Семенівська громада: 6 вибухів в напрямку населеного пункту Блешня": the village, not the seat
    if (cyrillic) {
      // "В поселке Старомихайловка Кировского района Донецка": the settlement, not the city of its district
      out = SettlementInCityDistrict.apply(tokens, out, gazetteer);
    }
    return cyrillic ? CommunityThenVillage.apply(tokens, out, k -> community(tokens, k) > k
        && (!gazetteer.byCommunityAdjective(tokens.get(k).text()).isEmpty() || !CompoundCommunity.seats(gazetteer, tokens.get(k).text()).isEmpty())) : OblastOfList.apply(gazetteer, tokens, out);
  }

  /**
   * The places a Cyrillic word names as it stands and as a case form of another name: "Львове" is
   * a village's name, but "во Львове" means Lviv; a city the form names joins the exact namesakes
   * (largest first), a village does not displace them.
   */
  private static List<Place> withInflected(List<Place> exact, List<Place> inflected) {
    if (exact.isEmpty()) {
      return inflected;
    }
    if (inflected.isEmpty()) {
      return exact;
    }
    // a small town's case form after the places bearing the word as their name: "У Тростянці Сумської
    // області" is Trostianets once the oblast named after it narrows the candidates, the village
    // Тростянці (Ivano-Frankivsk oblast) when nothing does
    boolean wellKnown = inflected.get(0).population() >= WELL_KNOWN_POPULATION;
    List<Place> out = new ArrayList<>(wellKnown ? inflected : exact);
    (wellKnown ? exact : inflected).stream().filter(p -> !out.contains(p)).forEach(out::add);
    return out;
  }

  /**
   * The settlement at {@code first..last} narrowed by the region or raion named right after it,
   * its mention then covering the qualifier too, so that the qualifier is no place of its own;
   * null when no qualifier follows or none of the candidates lies in it. Qualifiers: ACLED's
   * "Pivdenne, Donetsk"; "Zolochiv (Kharkiv region)"; "Петрівка на Харківщині", "Новоселівка
   * Харківського району", "Petriwka im Gebiet Charkiw".
   */
  private PlaceMention qualified(List<Token> tokens, int first, int last, List<Place> found, List<PlaceMention> regionMentions) {
    // "Shestakove (Chuhuiv, Kharkiv)", "Oleshky (Kherson)": ACLED's raion and oblast in brackets
    Optional<AdminBracket.Qualifier> bracket = AdminBracket.after(gazetteer, tokens, last);
    if (bracket.isPresent()) {
      return new PlaceMention(first, bracket.get().close(), AdminBracket.narrow(gazetteer, tokens, bracket.get(), found,
          String.join(" ", tokens.subList(first, last + 1).stream().map(Token::text).toList())), Optional.empty());
    }
    for (PlaceMention r : regionMentions) {
      if (r.first() <= last || r.first() - last > 4 || !onlyLinkWords(tokens, last + 1, r.first())) {
        continue;
      }
      List<Place> in = found.stream().filter(r::contains).toList();
      if (in.isEmpty()) {
        return null;
      }
      int end = r.last();
      if (end + 1 < tokens.size() && tokens.get(end + 1).text().equals(")")) {
        end++;
      }
      return new PlaceMention(first, end, in, Optional.empty());
    }
    // "Mykhailivka, Beryslav district", "Mychajliwka im Bezirk Beryslaw": the raion named after its centre
    PlaceMention byRaion = latinRaion(tokens, first, last, found);
    if (byRaion != null) {
      return byRaion;
    }
    // "near Pivdenne, Donetsk": ACLED's settlement, oblast; not a list ("Kramatorsk, Donetsk and ...")
    int q = last + 2;
    if (q < tokens.size() && tokens.get(last + 1).text().equals(",") && tokens.get(q).word() && tokens.get(q).capitalised()) {
      Optional<Region> region = gazetteer.regionByBaseName(tokens.get(q).text());
      // a list goes on with "and" or with another place after a comma; "Vovchansk, Kharkiv, with bombs" is no list
      boolean list = q + 1 < tokens.size() && (LIST_WORDS.contains(tokens.get(q + 1).lower())
          || tokens.get(q + 1).text().equals(",") && q + 2 < tokens.size() && tokens.get(q + 2).capitalised()
          && !gazetteer.byName(tokens.get(q + 2).text()).isEmpty());
      if (region.isPresent() && !list) {
        List<Place> in = found.stream().filter(p -> p.region().equals(region.get().iso())).toList();
        if (!in.isEmpty()) {
          return new PlaceMention(first, q, in, Optional.empty());
        }
      }
    }
    return null;
  }

  /** Words for a raion in Latin script: "Beryslav district", "Bezirk Beryslaw", "Rajon Kupjansk". */
  private static final Set<String> RAION_WORDS = Set.of("district", "raion", "rayon", "bezirk", "rajon", "kreis", "landkreis");

  /**
   * The settlement narrowed by a raion written in Latin script right after it, the raion called by
   * its centre ("Mykhailivka, Beryslav district", "Mykhailivka (Beryslav district)", "Mychajliwka im
   * Bezirk Beryslaw"): the namesakes in the raion of that centre. Null when none follows or none lies in it.
   */
  private PlaceMention latinRaion(List<Token> tokens, int first, int last, List<Place> found) {
    if (found.size() < 2) {
      return null;
    }
    int k = last + 1;
    while (k < tokens.size() && k <= last + 4 && QUALIFIER_LINKS.contains(tokens.get(k).lower())) {
      k++;
    }
    int name;
    int end;
    if (k + 1 < tokens.size() && RAION_WORDS.contains(tokens.get(k + 1).lower())) {
      name = k;
      end = k + 1;
    } else if (k + 1 < tokens.size() && RAION_WORDS.contains(tokens.get(k).lower())) {
      name = k + 1;
      end = k + 1;
    } else {
      return null;
    }
    Token centreName = tokens.get(name);
    if (!centreName.word() || !centreName.capitalised()) {
      return null;
    }
    List<Place> centres = gazetteer.byName(centreName.text());
    List<Place> in = found.stream().filter(p -> !p.raion().isEmpty() && centres.stream()
        .anyMatch(c -> c.region().equals(p.region()) && c.raion().equals(p.raion()))).toList();
    if (in.isEmpty()) {
      return null;
    }
    if (end + 1 < tokens.size() && tokens.get(end + 1).text().equals(")")) {
      end++;
    }
    return new PlaceMention(first, end, in, Optional.empty());
  }

  /**
   * The index of the word that makes the adjective at {@code i} a community's name ("Андріяшівській
   * громаді", "Сумська міська територіальна громада", "ОТГ", "общине"), or -1.
   */
  private static int community(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 8); k++) {
      String w = tokens.get(k).lower();
      // "Марганецкому обществу": громада put word for word into Russian, as Russian versions of Ukrainian news do
      if (w.startsWith("громад") || w.equals("отг") || w.equals("тг") || w.startsWith("общин") || w.startsWith("обществ")) {
        return k;
      }
      // a list of communities: "Покровская, Марганецкая громады", "Ямпільська та Ворожбянська громади"
      if (w.equals(",") || LIST_WORDS.contains(w)
          || tokens.get(k).capitalised() && (w.contains("ськ") || w.contains("цьк") || w.contains("ск"))) {
        continue;
      }
      // "міська", "сільська", "селищна", "територіальна", "городская" may stand between; so may "об'єднана",
      // "объединенная" of the ОТГ spelled out ("Великописарівської об'єднаної територіальної громади")
      if (!(w.startsWith("міськ") || w.startsWith("сільськ") || w.startsWith("селищн") || w.startsWith("територіальн")
          || w.startsWith("городск") || w.startsWith("сельск") || w.startsWith("поселков") || w.startsWith("территориальн")
          || w.startsWith("об") && (w.contains("єднан") || w.contains("ъединен")))) {
        return -1;
      }
    }
    return -1;
  }

  /** Quotation marks that open and close a name. */
  private static final String OPENING_QUOTES = "«\"„“‘'";
  private static final String CLOSING_QUOTES = "»\"“”’'";

  /**
   * Whether the name at {@code first..last} stands alone in quotation marks: "боевики «Азова»", "the
   * \"Kharkiv\" brigade" name a unit, a firm or a ship after a town, not the town.
   */
  private static boolean quoted(List<Token> tokens, int first, int last) {
    if (first < 1 || last + 1 >= tokens.size()) {
      return false;
    }
    String before = tokens.get(first - 1).text();
    String after = tokens.get(last + 1).text();
    return before.length() == 1 && after.length() == 1 && OPENING_QUOTES.indexOf(before.charAt(0)) >= 0
        && CLOSING_QUOTES.indexOf(after.charAt(0)) >= 0;
  }

  /** Whether the name at {@code first..last} is a street's, named after a place or a person: "улица Уткина", "Pobeda Street". */
  private static boolean street(List<Token> tokens, int first, int last) {
    if (last + 1 < tokens.size() && STREET_AFTER.contains(tokens.get(last + 1).lower())) {
      return true;
    }
    if (first >= 1) {
      String before = tokens.get(first - 1).lower();
      int abbreviation = before.equals(".") && first >= 2 ? first - 2 : first - 1;
      if (STREET_ABBREVIATIONS.contains(tokens.get(abbreviation).lower())) {
        return true;
      }
      for (String w : STREET_BEFORE) {
        if (before.startsWith(w)) {
          return true;
        }
      }
    }
    return listedStreet(tokens, first);
  }

  /** Plural street words, whose list of names are all streets: "на улицах Куйбышева, Ломоносова и Чкалова". */
  private static final Set<String> STREETS = Set.of("улицах", "улицам", "улиц", "вулицях", "вулицям", "вулиць", "streets",
      "straßen");

  /**
   * Whether the name at {@code first} is a later item of a list of streets ("на улицах Куйбышева, Ломоносова, Чкалова и
   * 8 Марта"): only names, numbers, commas and "and" between it and a plural street word.
   */
  private static boolean listedStreet(List<Token> tokens, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 8); k--) {
      Token t = tokens.get(k);
      if (STREETS.contains(t.lower())) {
        return k < first - 1;
      }
      if (!(t.word() && t.capitalised() || t.text().equals(",") || LIST_WORDS.contains(t.lower())
          || t.text().chars().allMatch(Character::isDigit))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A point of reference: a city named after a direction ("30km south-west of Donetsk", "в 30 км к
   * юго-западу от Донецка") or after "под"/"near" right after another name ("Александровка под
   * Донецком"), with the distance the text gives, if any.
   *
   * @param at the token of the city's name
   * @param place the city
   * @param metres the distance given before the direction
   * @param bearing the direction from the city, degrees from north ({@link CompassBearing}), if given
   */
  record Reference(int at, Place place, java.util.OptionalDouble metres, java.util.OptionalDouble bearing) {}

  /** The points of reference a paragraph names. */
  List<Reference> references(List<Token> tokens) {
    List<Reference> out = new ArrayList<>();
    for (int i = 2; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word() || !t.capitalised()) {
        continue;
      }
      boolean direction = reference(tokens, i);
      boolean near = NEAR.contains(tokens.get(i - 1).lower()) && tokens.get(i - 2).word() && tokens.get(i - 2).capitalised()
          || NearReference.at(tokens, i, this::knownName);
      if (!direction && !near) {
        continue;
      }
      List<Place> found = gazetteer.byName(t.text());
      if (found.isEmpty() && t.text().matches("\\p{IsCyrillic}+")) {
        found = gazetteer.byInflectedWord(t.text());
      }
      if (found.isEmpty() || found.get(0).population() < WELL_KNOWN_POPULATION) {
        continue;
      }
      java.util.OptionalDouble metres = java.util.OptionalDouble.empty();
      java.util.OptionalDouble bearing = java.util.OptionalDouble.empty();
      if (direction) {
        // "89km south of", "30 км к юго-западу от": the number before the unit before the direction
        int unit = -1;
        for (int k = i - 2; k >= Math.max(0, i - 6); k--) {
          String w = tokens.get(k).lower();
          if ((w.equals("km") || w.equals("км")) && k >= 1 && tokens.get(k - 1).text().chars().allMatch(Character::isDigit)) {
            metres = java.util.OptionalDouble.of(1000.0 * Integer.parseInt(tokens.get(k - 1).text()));
            unit = k;
            break;
          }
        }
        // ... and the direction between the unit and "of": where the place lies, not only how far
        bearing = CompassBearing.between(tokens, unit >= 0 ? unit + 1 : i - 4, i - 1);
      }
      out.add(new Reference(i, found.get(0), metres, bearing));
    }
    return out;
  }

  /** Words that make the city after them a point of reference for the name before them: "Александровка под Донецком". */
  private static final Set<String> NEAR = Set.of("под", "near", "nahe", "біля", "поблизу", "возле");

  /** Whether the tokens in {@code [from, to)} only link a place to its qualifier: "(", "in the", "у", "на". */
  private static boolean onlyLinkWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).lower();
      if (!LINK_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the name at {@code i} is a point of reference after a direction: "north of Donetsk",
   * "nördlich von Donezk", "к западу от Донецка", "на північ від Донецька", "north-east of".
   */
  private static boolean reference(List<Token> tokens, int i) {
    if (i < 2) {
      return false;
    }
    return DIRECTION_LINKS.contains(tokens.get(i - 1).lower()) && direction(tokens.get(i - 2).lower());
  }

  /**
   * Whether the name at {@code i} is a point of reference after a direction and the city's title ("die Stadt
   * Bohoduchiw westlich der ukrainischen Metropole Charkiw", "Lyptsi, a village ... east of the embattled town of
   * Vovchansk"), locating a settlement named before it in its sentence ({@code out}'s last); after a raion ("im
   * Bezirk Kupjansk südöstlich der Stadt Charkiw") the city says where the raion lies and may be the text's place.
   */
  private static boolean titledReference(List<Token> tokens, int i, List<PlaceMention> out) {
    if (i < 3 || out.isEmpty() || out.get(out.size() - 1).isRegion()) {
      return false;
    }
    for (int k = out.get(out.size() - 1).last() + 1; k < i; k++) {
      if (tokens.get(k).text().equals(".")) {
        return false;
      }
    }
    if (!TITLE_BEFORE_NAME.contains(tokens.get(i - 1).lower())) {
      return false;
    }
    for (int k = i - 2; k >= 1 && k >= i - TITLE_REACH; k--) {
      Token t = tokens.get(k);
      String w = t.lower();
      if ((DIRECTION_LINKS.contains(w) || w.equals("der")) && direction(tokens.get(k - 1).lower())) {
        return true;
      }
      // "south of the border in Vovchansk": a place of its own after a preposition or a list word; "nordwestlich von
      // Luhansk gelegenen Stadt Rubischne": the reference is the name before the title
      if (!t.word() || NOT_IN_TITLE.contains(w) || t.capitalised()) {
        return false;
      }
    }
    return false;
  }

  /** Whether a word is a direction ({@link #DIRECTIONS}). */
  private static boolean direction(String w) {
    for (String direction : DIRECTIONS) {
      if (w.startsWith(direction)) {
        return true;
      }
    }
    return false;
  }

  /** Words between a direction and its point of reference: "north of", "nördlich von", "к западу от", "на північ від". */
  private static final Set<String> DIRECTION_LINKS = Set.of("of", "von", "от", "від");
  /** The last word of a city's title before its name: "der Stadt Charkiw", "the town of Vovchansk", "от города Изюм". */
  private static final Set<String> TITLE_BEFORE_NAME = Set.of("stadt", "metropole", "hauptstadt", "großstadt", "kleinstadt",
      "gebietshauptstadt", "regionalhauptstadt", "of", "города", "міста", "центра", "центру");
  /** Words that end a city's title going back: a place of its own is named after them. */
  private static final Set<String> NOT_IN_TITLE = Set.of("in", "im", "at", "near", "bei", "and", "und", "or", "oder",
      "в", "у", "и", "і", "та");
  /** How many words a city's title may have between the direction's link and the name. */
  private static final int TITLE_REACH = 6;

  /** Directions, as word beginnings: "north", "south-west" (its last word), "nördlich", "западу", "північ". */
  private static final List<String> DIRECTIONS = List.of("north", "south", "east", "west", "nördlich", "südlich",
      "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich", "север", "юг", "восток", "запад",
      "північ", "південь", "півдн", "схід", "сход", "захід", "заход");

  /** Whether only commas, "and" and names stand between a listed place ending at {@code last} and {@code i}. */
  private static boolean continuesList(List<Token> tokens, int last, int i) {
    int from = last + 1;
    // "подверглись также Купянск-Узловой (возник пожар, погиб мужчина), Шестаково (госпитализированы 4 жителей),
    // Волчанск": a remark in brackets after an item of the list
    if (from < i && tokens.get(from).text().equals("(")) {
      int close = from + 1;
      while (close < i && !tokens.get(close).text().equals(")") && !tokens.get(close).text().equals("(")) {
        close++;
      }
      if (close >= i || !tokens.get(close).text().equals(")") || close - from > BRACKET_REMARK) {
        return false;
      }
      from = close + 1;
    }
    if (i - from > 5 || i - from < 1) {
      return false;
    }
    boolean separator = false;
    for (int k = from; k < i; k++) {
      Token t = tokens.get(k);
      boolean sep = t.text().equals(",") || LIST_WORDS.contains(t.lower());
      separator |= sep;
      if (!sep && !(t.word() && t.capitalised())) {
        return false;
      }
    }
    return separator;
  }

  private static boolean allCapitalisedWords(List<Token> tokens, int from, int n) {
    for (int k = from; k < from + n; k++) {
      if (!tokens.get(k).word() || !tokens.get(k).capitalised()) {
        return false;
      }
    }
    return true;
  }

  private static boolean inside(List<PlaceMention> mentions, int i) {
    for (PlaceMention m : mentions) {
      if (i >= m.first() && i <= m.last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<Cue> cues, List<Token> tokens, int i) {
    for (Cue c : cues) {
      if (c.matchAt(tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
