package org.trucewatch.formats.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;

/**
 * Places of Ukraine and its border regions, found by any of their names: Cyrillic (inflected
 * too), GeoNames' Latin name, the conventional exonyms of large cities ("Kiew"), and every
 * spelling the romanisation systems derive from the Cyrillic names. Built from the bundled resource (see {@code tools/build-gazetteer}); nothing is
 * fetched at run time. Immutable and thread-safe once built; building romanises every name of
 * every place, so {@link #bundled()} builds it once per process.
 */
public final class Gazetteer {
  private static final String PLACES = "places.tsv";
  private static final String REGIONS = "regions.tsv";
  private static final String RAIONS = "raions.tsv";
  /** A region's margin beyond its farthest place, metres. */
  private static final double REGION_MARGIN_METRES = 10_000;
  /** Ordering of candidates: the largest place first, then by id, so choices are stable. */
  private static final Comparator<Place> LARGEST_FIRST =
      Comparator.comparingLong((Place p) -> -p.population()).thenComparingLong(Place::geonameId);

  private static volatile Gazetteer bundled;

  private final List<Place> places;
  /** The places largest first: a place's position here is its rank in the name indexes. */
  private final Place[] ranked;
  private final NameIndex byKey;
  private final NameIndex byForm;
  private final Map<String, Region> regions = new TreeMap<>();
  private final Map<String, Region> regionByBaseKey = new HashMap<>();
  private final List<Raion> raions;
  /**
   * The Russian spellings GeoNames gives the villages of Ukraine called by one word, by that word
   * ({@link #russianWordSpellings}): the last word of a multi-word name is spelt so too.
   */
  private final Map<String, List<String>> wordSpellings;
  /** Each raion's Cyrillic names and their Russian spellings. */
  private final Map<Raion, List<String>> raionNames = new HashMap<>();
  /**
   * The keys of every region's stems, in the order of {@link #regions} and of each region's stems,
   * with {@link #regionStemOwners} beside them: built once here, since {@link #regionByWord} runs
   * for every capitalised Cyrillic token and used to build each of them again on every call.
   */
  private final String[] regionStemKeys;
  private final Region[] regionStemOwners;
  /**
   * The adjective stems of each raion's names ("харківськ" of Харківський район), in the order of
   * {@link #raions}, with {@link #raionStemOwners} beside them: built once, for {@link #raionsByWord}.
   */
  private final String[] raionStems;
  private final Raion[] raionStemOwners;
  /**
   * The Latin spelling keys of each raion's adjective ("polohivskyi", "polohiwskyj" of Пологівський
   * район), with {@link #raionAdjectiveOwners} beside them: built once, for {@link
   * #raionsByLatinAdjective}, since spelling them is the costly part of that lookup.
   */
  private final String[] raionAdjectiveKeys;
  private final Raion[] raionAdjectiveOwners;

  private Gazetteer(List<Place> places, List<String[]> regionRows, List<Raion> raions) {
    this.places = List.copyOf(places);
    this.raions = List.copyOf(raions);
    this.ranked = places.toArray(new Place[0]);
    Arrays.sort(ranked, LARGEST_FIRST);
    NameIndex.Builder keys = new NameIndex.Builder();
    NameIndex.Builder forms = new NameIndex.Builder();
    this.wordSpellings = russianWordSpellings(places);
    for (int rank = 0; rank < ranked.length; rank++) {
      Place p = ranked[rank];
      List<String> russian = russianNames(p); // derived once per place, not once per index
      for (String k : keysOf(p, russian)) {
        keys.add(k, rank);
      }
      for (String form : formsOf(withRussian(p, russian))) {
        forms.add(form, rank);
      }
      for (String form : lastWordFormsOf(withRussian(p, russian))) {
        forms.add(form, rank);
      }
    }
    for (Raion r : raions) {
      List<String> names = new ArrayList<>(r.cyrillicNames());
      for (String name : r.cyrillicNames()) {
        // Russian texts name raions the Russian way: "Чугуевского района" for Чугуївський район
        names.addAll(RussianSpelling.of(name));
      }
      raionNames.put(r, List.copyOf(names));
    }
    this.byKey = keys.build();
    this.byForm = forms.build();
    Map<String, List<Place>> byRegion = new HashMap<>();
    for (Place p : places) {
      byRegion.computeIfAbsent(p.region(), k -> new ArrayList<>()).add(p);
    }
    for (String[] r : regionRows) {
      regions.put(r[0], regionOf(r, byRegion.getOrDefault(r[0], List.of())));
    }
    List<String> stemKeys = new ArrayList<>();
    List<Region> stemOwners = new ArrayList<>();
    for (Region r : regions.values()) {
      for (String s : r.stems()) {
        stemKeys.add(NameKey.of(s));
        stemOwners.add(r);
      }
    }
    this.regionStemKeys = stemKeys.toArray(new String[0]);
    this.regionStemOwners = stemOwners.toArray(new Region[0]);
    List<String> raionStemList = new ArrayList<>();
    List<Raion> raionOwners = new ArrayList<>();
    for (Raion r : this.raions) {
      for (String name : raionNames.get(r)) {
        String adjective = NameKey.of(name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ')));
        if (adjective.length() >= 6 && adjective.endsWith("ий")) {
          raionStemList.add(adjective.substring(0, adjective.length() - 2));
          raionOwners.add(r);
        }
      }
    }
    this.raionStems = raionStemList.toArray(new String[0]);
    this.raionStemOwners = raionOwners.toArray(new Raion[0]);
    List<String> adjectiveKeys = new ArrayList<>();
    List<Raion> adjectiveOwners = new ArrayList<>();
    for (Raion r : this.raions) {
      for (String name : r.cyrillicNames()) {
        int space = name.indexOf(' ');
        if (space > 0) {
          for (String k : spellingKeys(name.substring(0, space))) {
            adjectiveKeys.add(k);
            adjectiveOwners.add(r);
          }
        }
      }
    }
    this.raionAdjectiveKeys = adjectiveKeys.toArray(new String[0]);
    this.raionAdjectiveOwners = adjectiveOwners.toArray(new Raion[0]);
    for (Region r : regions.values()) {
      for (String base : r.baseNames()) {
        for (String k : spellingKeys(base)) {
          regionByBaseKey.putIfAbsent(k, r);
        }
      }
    }
    // "in der Region Kiew", "Region Saporoschje": the exonyms of the city a region is called after name it
    // too; after every base name's own spellings, which win a clash
    for (Region r : regions.values()) {
      for (String base : r.baseNames()) {
        List<Place> named = byName(base);
        if (!named.isEmpty() && named.get(0).population() >= EXONYM_CITY_POPULATION) {
          for (String x : named.get(0).exonyms()) {
            regionByBaseKey.putIfAbsent(NameKey.of(x), r);
          }
        }
      }
    }
  }

  /** Under this size a place is a hamlet, which a large city of its name outweighs (see {@link #resolve}). */
  private static final long HAMLET_POPULATION = 1_000;

  /** The size from which GeoNames gives a city's exonyms (the gazetteer keeps them for cities of 100,000 or more). */
  private static final long EXONYM_CITY_POPULATION = 100_000;

  /** Every key a place is found by: its GeoNames name, its exonyms, each Cyrillic name in every spelling. */
  private static Set<String> keysOf(Place p, List<String> russianNames) {
    TreeSet<String> keys = new TreeSet<>();
    keys.add(NameKey.of(p.name()));
    p.exonyms().forEach(x -> keys.add(NameKey.of(x)));
    for (String c : p.cyrillicNames()) {
      keys.addAll(spellingKeys(c));
    }
    for (String r : russianNames) {
      keys.addAll(russianSpellingKeys(r));
    }
    return keys;
  }

  /**
   * Whether a place is found by a key ({@link #keysOf}): {@link #byName} confirms every candidate
   * the hashed index gives, and most are confirmed by a name as it is keyed. So the names without
   * romanising come first, and each romanisation is compared as it is made instead of building
   * every spelling of every name; the Russian names, which cost a derivation, come last, but for a
   * Cyrillic key, which only they can confirm then. Any order gives the same answer.
   */
  private boolean hasKey(Place p, String key) {
    if (NameKey.of(p.name()).equals(key)) {
      return true;
    }
    for (String x : p.exonyms()) {
      if (NameKey.of(x).equals(key)) {
        return true;
      }
    }
    for (String c : p.cyrillicNames()) {
      if (NameKey.of(c).equals(key)) {
        return true;
      }
    }
    if (cyrillic(key)) {
      // a Cyrillic key that is none of the place's own names can only be one of its Russian names,
      // as generated: every system writes each letter of Ukrainian and Russian in Latin (ISO 9 is
      // the fallback of all), so no romanisation has a Cyrillic key and trying them would only
      // romanise every name of a candidate that the hashed index gave by a collision
      for (String r : russianNames(p)) {
        if (NameKey.of(r).equals(key)) {
          return true;
        }
      }
      return false;
    }
    for (String c : p.cyrillicNames()) {
      if (spelledAs(c, key)) {
        return true;
      }
    }
    for (String r : russianNames(p)) {
      if (russianSpellingKeys(r).contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of a Cyrillic name's {@link #spellings} has this key: {@link #spellingKeys} without the set. */
  private static boolean spelledAs(String cyrillic, String key) {
    return anySpelling(cyrillic, s -> NameKey.of(s).equals(key));
  }

  /**
   * The keys of a generated Russian name: itself, and the Latin of the systems that write Russian
   * (BGN/PCGN: Aleksandrovka, Mar'inka; Duden: Alexandrowka); the Ukrainian systems would spell a
   * Russian name as no one does.
   */
  private static Set<String> russianSpellingKeys(String russian) {
    TreeSet<String> keys = new TreeSet<>();
    keys.add(NameKey.of(russian));
    keys.add(NameKey.of(Romanisation.BGN_PCGN.romanise(russian, CyrillicLanguage.RUSSIAN)));
    keys.add(NameKey.of(Romanisation.GERMAN_DUDEN.romanise(russian, CyrillicLanguage.RUSSIAN)));
    // "Chmelnizki", "Sewerodonezk": the German press's Duden, often of the Russian name
    if (Romanisation.GERMAN_PRESS.mayDiffer(russian)) {
      keys.add(NameKey.of(Romanisation.GERMAN_PRESS.romanise(russian, CyrillicLanguage.RUSSIAN)));
    }
    return keys;
  }

  /**
   * A place's Cyrillic names and their {@link #russianNames Russian spellings}: what running
   * Cyrillic text may call it.
   */
  List<String> namesOf(Place p) {
    return withRussian(p, russianNames(p));
  }

  private static List<String> withRussian(Place p, List<String> extra) {
    if (extra.isEmpty()) {
      return p.cyrillicNames();
    }
    List<String> out = new ArrayList<>(p.cyrillicNames());
    out.addAll(extra);
    return out;
  }

  /**
   * For a place in Ukraine, the Russian spellings of its current Ukrainian name that GeoNames does
   * not give ({@link RussianSpelling}): GeoNames gives most villages only their Ukrainian name, but
   * Russian texts write them the Russian way ("в Старой Збурьевке", "в Докучаевске"). Of the
   * current name only: a city's former names (Олександрівка for Donetsk) would make it a namesake
   * of every Russian Александровка.
   */
  private List<String> russianNames(Place p) {
    if (!p.region().startsWith("UA-")) {
      return List.of(); // the border regions' names are Russian or Belarusian already
    }
    List<String> out = new ArrayList<>(2);
    String canonical = p.canonical();
    int space = canonical.lastIndexOf(' ');
    List<String> lastWord = space < 0 ? List.of() : wordSpellings.getOrDefault(canonical.substring(space + 1), List.of());
    for (String r : RussianSpelling.of(canonical, lastWord)) {
      if (!p.cyrillicNames().contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * For each one-word current name of a place in Ukraine, the other names GeoNames gives places of
   * that name that are its Russian spelling (Знам'янка : Знаменка, Новосілка : Новоселка):
   * written without Ukrainian letters, one word, beginning with the same two letters and at most
   * two letters longer or shorter, which keeps out former names (Знам'янка was Берлик). Sorted, so
   * that a name's spellings do not depend on the order of places.
   */
  private static Map<String, List<String>> russianWordSpellings(List<Place> places) {
    Map<String, TreeSet<String>> found = new TreeMap<>();
    for (Place p : places) {
      String c = p.canonical();
      if (!p.region().startsWith("UA-") || c.indexOf(' ') >= 0 || c.indexOf('-') >= 0 || p.cyrillicNames().size() < 2) {
        continue;
      }
      String ck = NameKey.of(c);
      for (String n : p.cyrillicNames()) {
        String nk = NameKey.of(n);
        boolean ukrainianLetters = !CyrillicLanguage.of(n).contains(CyrillicLanguage.RUSSIAN) || n.indexOf('\'') >= 0
            || n.indexOf('\u2019') >= 0 || n.indexOf('\u02bc') >= 0 || n.indexOf('ў') >= 0;
        if (n.equals(c) || nk.indexOf(' ') >= 0 || ukrainianLetters || nk.length() < 4 || ck.length() < 4
            || !nk.regionMatches(0, ck, 0, 2) || Math.abs(nk.length() - ck.length()) > 2) {
          continue;
        }
        found.computeIfAbsent(c, k -> new TreeSet<>()).add(n);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    found.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** The case forms of a place's Cyrillic names, by which an inflected word finds it. */
  private static Set<String> formsOf(List<String> names) {
    TreeSet<String> out = new TreeSet<>();
    for (String c : names) {
      out.addAll(CyrillicDeclension.forms(c));
    }
    return out;
  }

  /**
   * Whether a form is a case form of one of a place's names, trying them one at a time: its own
   * Cyrillic names before deriving the Russian ones, which most candidates do not need.
   */
  private boolean hasForm(Place p, String form) {
    for (String c : p.cyrillicNames()) {
      if (CyrillicDeclension.forms(c).contains(form)) {
        return true;
      }
    }
    for (String c : russianNames(p)) {
      if (CyrillicDeclension.forms(c).contains(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The case forms of the last word of each multi-word or hyphenated Cyrillic name, prefixed by the
   * number of words ("2#розі"), by which an inflected multi-word name finds its candidates.
   */
  private static Set<String> lastWordFormsOf(List<String> names) {
    TreeSet<String> out = new TreeSet<>();
    for (String c : names) {
      String[] words = c.trim().split("[ -]+");
      if (words.length >= 2 && words.length <= 3) {
        for (String f : CyrillicDeclension.wordForms(words[words.length - 1], false)) {
          out.add(words.length + "#" + f);
        }
      }
    }
    return out;
  }

  /**
   * Places whose multi-word Cyrillic name these words are a case form of, word by word ("Кривому
   * Розі" : Кривий Ріг, "Часовому Яру" : Часів Яр, "Великої Новосілки" : Велика Новосілка),
   * largest first.
   */
  public List<Place> byInflectedWords(List<String> words) {
    int n = words.size();
    if (n < 2 || n > 3) {
      return List.of();
    }
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = NameKey.of(words.get(i));
    }
    int[] ranks = byForm.ranks(n + "#" + keys[n - 1]);
    List<Place> out = new ArrayList<>(ranks.length);
    for (int r : ranks) {
      for (String c : namesOf(ranked[r])) {
        String[] name = c.trim().split("[ -]+");
        boolean all = name.length == n;
        for (int i = 0; all && i < n; i++) {
          all = CyrillicDeclension.wordForms(name[i], i < n - 1).contains(keys[i]);
        }
        if (all) {
          out.add(ranked[r]);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The settlements a community's adjective names as its seat ("Андріяшівській громаді" :
   * Андріяшівка; "Сумської громади" : Суми), largest first: a community bears the name of its
   * seat, so a text that names only the community is placed at the seat.
   */
  public List<Place> byCommunityAdjective(String adjective) {
    List<Place> out = new ArrayList<>();
    for (String seat : CyrillicDeclension.communitySeats(adjective)) {
      for (Place p : byName(seat)) {
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    // a community's seat is mostly the largest place of the name: Покровськ, not a village Покровка
    out.sort(LARGEST_FIRST);
    return out;
  }

  /** The gazetteer built from the bundled resources. */
  public static Gazetteer bundled() {
    Gazetteer g = bundled;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = bundled;
        if (g == null) {
          g = load();
          bundled = g;
        }
      }
    }
    return g;
  }

  /**
   * A new gazetteer read from the bundled resources, not the shared one: for measuring what
   * loading costs. Everything else uses {@link #bundled()}.
   */
  public static Gazetteer load() {
    return new Gazetteer(readPlaces(), readRegions(), readRaions());
  }

  /** Every comparison key of a Cyrillic name: itself and its spelling in each system, for each language it may be in. */
  public static Set<String> spellingKeys(String cyrillic) {
    TreeSet<String> keys = new TreeSet<>();
    keys.add(NameKey.of(cyrillic));
    for (String s : spellings(cyrillic)) {
      keys.add(NameKey.of(s));
    }
    return keys;
  }

  /** The Latin spellings of a Cyrillic name by every system, for each language it may be in, sorted. */
  public static Set<String> spellings(String cyrillic) {
    TreeSet<String> out = new TreeSet<>();
    for (CyrillicLanguage lang : CyrillicLanguage.of(cyrillic)) {
      for (Romanisation r : Romanisation.values()) {
        if (writes(r, lang) && r.mayDiffer(cyrillic)) {
          out.add(r.romanise(cyrillic, lang));
        }
      }
    }
    return out;
  }

  /**
   * Whether one of a Cyrillic name's {@link #spellings} passes a test, romanising one system at a
   * time: a test that only confirms a name stops at the first spelling that does.
   */
  static boolean anySpelling(String cyrillic, Predicate<String> test) {
    for (CyrillicLanguage lang : CyrillicLanguage.of(cyrillic)) {
      for (Romanisation r : Romanisation.values()) {
        if (writes(r, lang) && r.mayDiffer(cyrillic) && test.test(r.romanise(cyrillic, lang))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a system writes names of a language: the Ukrainian-only ones do not write Russian, which BGN/PCGN writes. */
  private static boolean writes(Romanisation r, CyrillicLanguage lang) {
    return !((r == Romanisation.BGN_PCGN_1965 || r == Romanisation.UKRAINIAN_PRESS) && lang == CyrillicLanguage.RUSSIAN);
  }

  /** All places, in the resource's order (by GeoNames id). */
  public List<Place> places() {
    return places;
  }

  /**
   * Places with this name in any script or spelling, largest first; empty when none. Of places that
   * the name meets only once its diacritics are folded and places it meets as written, only the
   * latter: "Sumy" is Sumy, not the village Шуми whose ISO 9 spelling is "Šumy".
   */
  public List<Place> byName(String name) {
    String key = NameKey.of(name);
    int[] ranks = byKey.ranks(key);
    if (ranks.length == 0) {
      return List.of();
    }
    List<Place> out = new ArrayList<>(ranks.length);
    for (int r : ranks) {
      // the index holds hashes: confirm that the place has the name
      if (hasKey(ranked[r], key)) {
        out.add(ranked[r]);
      }
    }
    if (out.size() < 2) {
      return out;
    }
    return cyrillic(key) ? currentNameFirst(out, p -> inUkraine(p) && NameKey.of(p.canonical()).equals(key))
        : SpellingMatch.closest(out, name, this::namesOf);
  }

  /**
   * Places an inflected Cyrillic word may name ("Харкові", "Золочеві", "Куп'янська", "Херсоне"),
   * largest first: those with a name of which the word is a case form ({@link CyrillicDeclension}).
   */
  public List<Place> byInflectedWord(String word) {
    String form = NameKey.of(word);
    int[] ranks = byForm.ranks(form);
    List<Place> out = new ArrayList<>(ranks.length);
    for (int r : ranks) {
      if (hasForm(ranked[r], form)) {
        out.add(ranked[r]);
      }
    }
    return out.size() < 2 ? out : currentNameFirst(out, p -> inUkraine(p) && CyrillicDeclension.forms(p.canonical()).contains(form));
  }

  /**
   * The candidates a Cyrillic name is the current name of first, the others after them, each in
   * their order (largest first), when the largest of the first is at least half as large as the
   * largest of all: "Слов'янськ", "у Слов'янську" is Sloviansk, not the slightly larger Nikopol,
   * whose former name (1780-82) GeoNames also keeps. Only a Ukrainian place's current name
   * counts: a Russian text's "Донецк" is still Donetsk, not the town of that name in Rostov oblast.
   * The Latin spellings are ranked the same way by {@link SpellingMatch}.
   */
  private static List<Place> currentNameFirst(List<Place> candidates, java.util.function.Predicate<Place> current) {
    List<Place> out = new ArrayList<>(candidates.size());
    List<Place> others = new ArrayList<>();
    for (Place p : candidates) {
      (current.test(p) ? out : others).add(p);
    }
    // only among towns of like size: of a city and a village, the village's current name may be a
    // Russian spelling GeoNames gives as its name, and a text means the city (Макеевка: Makiivka)
    if (out.isEmpty() || others.isEmpty() || 2 * out.get(0).population() < candidates.get(0).population()) {
      return candidates;
    }
    out.addAll(others);
    return out;
  }

  private static boolean inUkraine(Place p) {
    return p.region().startsWith("UA-");
  }

  private static boolean cyrillic(String key) {
    return !key.isEmpty() && Character.UnicodeScript.of(key.charAt(0)) == Character.UnicodeScript.CYRILLIC;
  }

  /**
   * The place nearest a point within {@code maxMetres}, a settlement before a city section
   * (PPLX) at the same distance: what an export names a location by. A linear scan (about 34,000
   * places), meant for exports, not for every observation.
   */
  public Optional<Place> nearest(double lat, double lon, double maxMetres) {
    Place best = null;
    double bestMetres = maxMetres;
    double cosLat = Math.cos(Math.toRadians(lat));
    for (Place p : places) {
      // equirectangular distance: exact enough within tens of kilometres, and cheap
      double dy = Math.toRadians(p.lat() - lat);
      double dx = Math.toRadians(p.lon() - lon) * cosLat;
      double metres = 6_371_008.8 * Math.sqrt(dx * dx + dy * dy) + (p.feature().equals("PPLX") ? 1_000 : 0);
      if (metres < bestMetres || metres == bestMetres && best != null && p.geonameId() < best.geonameId()) {
        best = p;
        bestMetres = metres;
      }
    }
    return Optional.ofNullable(best);
  }

  /** All raions of Ukraine, by region and code. */
  public List<Raion> raions() {
    return raions;
  }

  /** The raion of a place, when GeoNames gives one. */
  public Optional<Raion> raionOf(Place p) {
    for (Raion r : raions) {
      if (r.code().equals(p.raion()) && r.region().equals(p.region())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The raions a Cyrillic adjective names ("Харківському", "Харьковском" before "районі",
   * "районе"): those whose name's adjective shares its stem, longest stem first. Ukrainian raion
   * names are the only ones GeoNames gives, so Russian forms are matched through the stem of
   * the city the raion is named after (Харківськ-, Харьковск- share Харк-, not enough), by the
   * Ukrainian stem or its Russian spelling of one letter ("і" for "о"/"е" as in Харьков : Харків).
   */
  public List<Raion> raionsByWord(String word) {
    String w = NameKey.of(word);
    List<Raion> out = new ArrayList<>();
    for (int i = 0; i < raionStems.length; i++) {
      // the adjective's own ending only: "Каменско-Днепровском" is another raion's compound, not Кам'янський
      if (w.startsWith(raionStems[i]) && w.indexOf(' ', raionStems[i].length()) < 0 && !out.contains(raionStemOwners[i])) {
        out.add(raionStemOwners[i]);
      }
    }
    return out;
  }

  /**
   * The raions whose adjective's Latin spelling begins with {@code prefixKey} (a {@link NameKey}
   * of Latin letters: "polohivs" for Polohiw), in the order of {@link #raions}: the German and
   * English press name a raion by its adjective's stem as often as by its centre.
   */
  public List<Raion> raionsByLatinAdjective(String prefixKey) {
    List<Raion> out = new ArrayList<>();
    for (int i = 0; i < raionAdjectiveKeys.length; i++) {
      if (raionAdjectiveKeys[i].startsWith(prefixKey) && !out.contains(raionAdjectiveOwners[i])) {
        out.add(raionAdjectiveOwners[i]);
      }
    }
    return out;
  }

  /** The region with this ISO 3166-2 code. */
  public Optional<Region> region(String iso) {
    return Optional.ofNullable(regions.get(iso));
  }

  /** All regions, by code. */
  public Collection<Region> regions() {
    return regions.values();
  }

  /** The region called after a name in any script or spelling ("Kharkiv", "Charkiw", "Харьков"). */
  public Optional<Region> regionByBaseName(String name) {
    return Optional.ofNullable(regionByBaseKey.get(NameKey.of(name)));
  }

  /** The region a Cyrillic word names by one of its stems ("Харківській", "Харківщині"). */
  public Optional<Region> regionByWord(String word) {
    String k = NameKey.of(word);
    Region best = null;
    int bestLength = 0;
    for (int i = 0; i < regionStemKeys.length; i++) {
      String sk = regionStemKeys[i];
      if (sk.length() > bestLength && k.startsWith(sk)) {
        best = regionStemOwners[i];
        bestLength = sk.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The best of several candidates: one in a region the text is about, else the largest.
   *
   * @param candidates places sharing a name, largest first
   * @param contextRegions ISO codes of regions the text names, in order of mention
   */
  public static Optional<Place> resolve(List<Place> candidates, Collection<String> contextRegions) {
    for (String r : contextRegions) {
      for (Place p : candidates) {
        if (p.region().equals(r)) {
          // "Neben der Region Dnipropetrowsk meldete auch Saporischschja Einschläge": a city of 100,000 or
          // more is meant over a hamlet of its name (under 1,000 people) that lies in a region the text names
          // ... a city of that very name: not Donetsk, which GeoNames also lists under an old name "Олександрівка",
          // over the Oleksandrivka of Kherson Oblast a round-up of that oblast names
          if (p.population() < HAMLET_POPULATION && candidates.get(0).population() >= EXONYM_CITY_POPULATION
              && NameKey.of(candidates.get(0).canonical()).equals(NameKey.of(p.canonical()))) {
            return Optional.of(candidates.get(0));
          }
          return Optional.of(p);
        }
      }
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  private static Region regionOf(String[] r, List<Place> in) {
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    for (Place p : in) {
      minLat = Math.min(minLat, p.lat());
      maxLat = Math.max(maxLat, p.lat());
      minLon = Math.min(minLon, p.lon());
      maxLon = Math.max(maxLon, p.lon());
    }
    if (in.isEmpty()) {
      throw new IllegalStateException(REGIONS + ": region " + r[0] + " has no places in " + PLACES);
    }
    Coordinate centre = new Coordinate((minLon + maxLon) / 2, (minLat + maxLat) / 2);
    double radius = 0;
    for (Place p : in) {
      radius = Math.max(radius, Geodesy.distanceMetres(centre, new Coordinate(p.lon(), p.lat())));
    }
    return new Region(r[0], r[1], r[2], Arrays.asList(r[3].split(",")), Arrays.asList(r[4].split(",")),
        centre.y, centre.x, radius + REGION_MARGIN_METRES);
  }

  private static List<Place> readPlaces() {
    List<Place> out = new ArrayList<>();
    for (String[] f : rows(PLACES, 10)) {
      List<String> names = f[8].isEmpty() ? List.of() : Arrays.asList(f[8].split(","));
      List<String> exonyms = f[9].isEmpty() ? List.of() : Arrays.asList(f[9].split(","));
      out.add(new Place(Long.parseLong(f[0]), f[7], canonical(f[7], names), names, f[1], f[2].intern(),
          Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]), f[6].intern(), exonyms));
    }
    return out;
  }

  private static List<Raion> readRaions() {
    List<Raion> out = new ArrayList<>();
    for (String[] f : rows(RAIONS, 4)) {
      out.add(new Raion(f[0], f[1], f[2], f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","))));
    }
    return out;
  }

  /**
   * The canonical Cyrillic name: the first (the build ranks the place's own language first) whose
   * romanisation gives GeoNames' primary name, so that Donetsk is Донецьк and not its old name
   * Сталіне, which also has Ukrainian letters; else the one spelt most like it.
   */
  private static String canonical(String primary, List<String> cyrillic) {
    if (cyrillic.isEmpty()) {
      return primary; // a village GeoNames knows by its Latin name only
    }
    if (cyrillic.size() == 1) {
      return cyrillic.get(0);
    }
    String key = NameKey.of(primary);
    String closest = cyrillic.get(0);
    int longest = -1;
    for (String c : cyrillic) {
      for (String k : spellingKeys(c)) {
        if (k.equals(key)) {
          return c;
        }
        // GeoNames writes some primary names by none of the systems (Zaporizhzhya): the closest
        // spelling then, so that the city is Запоріжжя and not its old name Олександрівськ
        int common = commonPrefix(k, key);
        if (common > longest) {
          longest = common;
          closest = c;
        }
      }
    }
    return closest;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }


  private static List<String[]> readRegions() {
    return rows(REGIONS, 5);
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource " + resource + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " columns, found " + f.length);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
