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
  /** A region's margin beyond its farthest place, metres. */
  private static final double REGION_MARGIN_METRES = 10_000;
  /** Ordering of candidates: the largest place first, then by id, so choices are stable. */
  private static final Comparator<Place> LARGEST_FIRST =
      Comparator.comparingLong((Place p) -> -p.population()).thenComparingLong(Place::geonameId);

  private static volatile Gazetteer bundled;

  private final List<Place> places;
  private final Map<String, List<Place>> byKey = new HashMap<>();
  private final Map<String, List<Place>> byStem = new HashMap<>();
  private final Map<String, Region> regions = new TreeMap<>();
  private final Map<String, Region> regionByBaseKey = new HashMap<>();

  private Gazetteer(List<Place> places, List<String[]> regionRows) {
    this.places = List.copyOf(places);
    for (Place p : places) {
      TreeSet<String> keys = new TreeSet<>();
      keys.add(NameKey.of(p.name()));
      p.exonyms().forEach(x -> keys.add(NameKey.of(x)));
      for (String c : p.cyrillicNames()) {
        keys.addAll(spellingKeys(c));
        for (String stem : CyrillicInflection.nameStems(c)) {
          if (stem.length() >= 4 || stem.equals(NameKey.of(c))) {
            byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(p);
          }
        }
      }
      for (String k : keys) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
      }
    }
    byKey.values().forEach(l -> l.sort(LARGEST_FIRST));
    byStem.values().forEach(l -> {
      List<Place> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(l));
      distinct.sort(LARGEST_FIRST);
      l.clear();
      l.addAll(distinct);
    });
    for (String[] r : regionRows) {
      regions.put(r[0], regionOf(r));
    }
    for (Region r : regions.values()) {
      for (String base : r.baseNames()) {
        for (String k : spellingKeys(base)) {
          regionByBaseKey.putIfAbsent(k, r);
        }
      }
    }
  }

  /** The gazetteer built from the bundled resources. */
  public static Gazetteer bundled() {
    Gazetteer g = bundled;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = bundled;
        if (g == null) {
          g = new Gazetteer(readPlaces(), readRegions());
          bundled = g;
        }
      }
    }
    return g;
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
        out.add(r.romanise(cyrillic, lang));
      }
    }
    return out;
  }

  /** All places, in the resource's order (by GeoNames id). */
  public List<Place> places() {
    return places;
  }

  /** Places with this name in any script or spelling, largest first; empty when none. */
  public List<Place> byName(String name) {
    return byKey.getOrDefault(NameKey.of(name), List.of());
  }

  /**
   * Places an inflected Cyrillic word may name ("Харкові", "Золочеві"), largest first. Only
   * stems of four letters or more are matched, so short words do not find places by accident.
   */
  public List<Place> byInflectedWord(String word) {
    for (String stem : CyrillicInflection.wordStems(word)) {
      List<Place> l = byStem.get(stem);
      if (l != null) {
        return l;
      }
    }
    return List.of();
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
    for (Region r : regions.values()) {
      for (String s : r.stems()) {
        String sk = NameKey.of(s);
        if (k.startsWith(sk) && sk.length() > bestLength) {
          best = r;
          bestLength = sk.length();
        }
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
          return Optional.of(p);
        }
      }
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  private Region regionOf(String[] r) {
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    List<Place> in = new ArrayList<>();
    for (Place p : places) {
      if (p.region().equals(r[0])) {
        in.add(p);
        minLat = Math.min(minLat, p.lat());
        maxLat = Math.max(maxLat, p.lat());
        minLon = Math.min(minLon, p.lon());
        maxLon = Math.max(maxLon, p.lon());
      }
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
    for (String[] f : rows(PLACES, 9)) {
      List<String> names = Arrays.asList(f[7].split(","));
      List<String> exonyms = f[8].isEmpty() ? List.of() : Arrays.asList(f[8].split(","));
      out.add(new Place(Long.parseLong(f[0]), f[6], canonical(f[6], names), names, f[1], Double.parseDouble(f[2]),
          Double.parseDouble(f[3]), Long.parseLong(f[4]), exonyms));
    }
    return out;
  }

  /**
   * The canonical Cyrillic name: the first (the build ranks the place's own language first) whose
   * romanisation gives GeoNames' primary name, so that Donetsk is Донецьк and not its old name
   * Сталіне, which also has Ukrainian letters; else the first.
   */
  private static String canonical(String primary, List<String> cyrillic) {
    String key = NameKey.of(primary);
    for (String c : cyrillic) {
      if (spellingKeys(c).contains(key)) {
        return c;
      }
    }
    return cyrillic.get(0);
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
