package org.trucewatch.formats.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Which way of matching inflected Ukrainian and Russian words to gazetteer names finds more of
 * the right places and fewer wrong ones, on {@code inflected-forms.tsv} (place names as news
 * inflect them, and capitalised words of the same news that are no place): stripping case endings
 * from both sides (the first way), Lucene's Russian snowball stemmer on both sides, or the
 * generated case forms of every name ({@link CyrillicDeclension}), which the gazetteer uses.
 */
class InflectionComparisonTest {
  private static final Gazetteer G = Gazetteer.bundled();
  private static final List<String[]> ROWS = new ArrayList<>();
  private static final Map<String, List<Place>> FORMS = new HashMap<>();
  /** The forms of every name the gazetteer indexes: GeoNames' and the Russian spellings it derives. */
  private static final Map<String, List<Place>> INDEXED_FORMS = new HashMap<>();
  private static final Map<String, List<Place>> SNOWBALL = new HashMap<>();
  private static final Map<String, List<Place>> STEMS = new HashMap<>();

  /** What a method gives: precision and recall over the rows. */
  record Score(String method, int truePositives, int falsePositives, int positives) {
    double precision() {
      return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return (double) truePositives / positives;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-12s precision %.3f (%d right, %d wrong), recall %.3f (%d of %d)", method,
          precision(), truePositives, falsePositives, recall(), truePositives, positives);
    }
  }

  @BeforeAll
  static void read() throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        InflectionComparisonTest.class.getResourceAsStream("inflected-forms.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          ROWS.add(line.split("\t"));
        }
      }
    }
    // every place's names, indexed three ways, largest place first as the gazetteer ranks them
    List<Place> ranked = new ArrayList<>(G.places());
    ranked.sort(java.util.Comparator.comparingLong((Place p) -> -p.population()).thenComparingLong(Place::geonameId));
    for (Place p : ranked) {
      for (String c : G.namesOf(p)) {
        for (String f : CyrillicDeclension.forms(c)) {
          add(INDEXED_FORMS, f, p);
        }
      }
      for (String c : p.cyrillicNames()) {
        for (String f : CyrillicDeclension.forms(c)) {
          add(FORMS, f, p);
        }
        if (c.indexOf(' ') < 0) {
          add(SNOWBALL, snowball(c), p);
        }
        String whole = NameKey.of(c);
        for (String s : CyrillicInflection.nameStems(c)) {
          if (s.length() >= 4 || s.equals(whole)) {
            add(STEMS, s, p);
          }
        }
      }
    }
  }

  private static void add(Map<String, List<Place>> m, String k, Place p) {
    List<Place> l = m.computeIfAbsent(k, x -> new ArrayList<>());
    if (!l.contains(p)) {
      l.add(p);
    }
  }

  private static String snowball(String word) {
    RussianStemmer s = new RussianStemmer();
    s.setCurrent(NameKey.of(word));
    s.stem();
    return s.getCurrent();
  }

  private static List<Place> strippedEndings(String word) {
    for (String stem : CyrillicInflection.wordStems(word)) {
      List<Place> l = STEMS.get(stem);
      if (l != null) {
        return l;
      }
    }
    return List.of();
  }

  static Score score(String method, Function<String, List<Place>> lookup) {
    int tp = 0;
    int fp = 0;
    int positives = 0;
    for (String[] row : ROWS) {
      String word = row[0];
      // the exact name first, as the extractor does, then the method
      List<Place> found = G.byName(word);
      if (found.isEmpty()) {
        found = lookup.apply(word);
      }
      boolean place = !row[1].equals("-");
      positives += place ? 1 : 0;
      if (found.isEmpty()) {
        if (place && System.getProperty("trucewatch.inflection.debug") != null) {
          System.out.println(method + " missed: " + word);
        }
        continue;
      }
      if (place && G.byName(row[1]).contains(found.get(0))) {
        tp++;
      } else {
        fp++;
        if (System.getProperty("trucewatch.inflection.debug") != null) {
          System.out.println(method + " wrong: " + word + " -> " + found.get(0).name() + " " + found.get(0).cyrillicNames());
        }
      }
    }
    return new Score(method, tp, fp, positives);
  }

  @Test
  void declensionFormsAreAtLeastAsPreciseAndCompleteAsTheStemmers() {
    Score forms = score("declension", w -> FORMS.getOrDefault(NameKey.of(w), List.of()));
    Score lucene = score("snowball-ru", w -> SNOWBALL.getOrDefault(snowball(w), List.of()));
    Score stripped = score("stripping", InflectionComparisonTest::strippedEndings);
    System.out.println("inflected-forms.tsv: " + ROWS.size() + " words");
    System.out.println(forms);
    System.out.println(lucene);
    System.out.println(stripped);
    assertThat(forms.precision()).isGreaterThanOrEqualTo(Math.max(lucene.precision(), stripped.precision()));
    assertThat(forms.recall()).isGreaterThanOrEqualTo(Math.max(lucene.recall(), stripped.recall()));
  }

  @Test
  void theGazetteerFindsInflectedFormsByTheirDeclension() {
    Score gazetteer = score("gazetteer", G::byInflectedWord);
    Score forms = score("declension", w -> INDEXED_FORMS.getOrDefault(NameKey.of(w), List.of()));
    assertThat(gazetteer.truePositives()).isEqualTo(forms.truePositives());
    assertThat(gazetteer.falsePositives()).isEqualTo(forms.falsePositives());
    assertThat(G.byInflectedWord("Куп'янська")).extracting(Place::geonameId).contains(703656L);
    assertThat(G.byInflectedWord("Херсоне").get(0).name()).isEqualTo("Kherson");
  }
}
