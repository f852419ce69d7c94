package org.trucewatch.formats.text.devset;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.formats.text.Language;

/**
 * The figures of one run over the development set, per language: place precision and recall
 * (a predicted place counts when within {@value #PLACE_TOLERANCE_METRES} m of a labelled one), the
 * share of texts with a labelled place where some predicted place lies that near one of them (the
 * issue's "a place within 15 km of the event"), casualty accuracy (a figure is right when equal, "not said" being a value of its own), means
 * precision and recall. Micro-averaged over the texts of a language.
 */
public final class DevSetScores {
  /** How far a predicted place may lie from a labelled one and still count. */
  public static final double PLACE_TOLERANCE_METRES = 15_000;

  private final Map<String, Tally> byLanguage = new TreeMap<>();

  /** Scores one text. */
  public void add(LabelledText label, Prediction predicted) {
    add(label, predicted, false);
  }

  /** Scores one text; a text the extractor failed on is scored with what it gave (nothing) and counted apart. */
  public void add(LabelledText label, Prediction predicted, boolean failed) {
    Tally t = byLanguage.computeIfAbsent(label.language().code(), k -> new Tally());
    Tally all = byLanguage.computeIfAbsent("all", k -> new Tally());
    for (Tally x : List.of(t, all)) {
      x.add(label, predicted);
      x.failed += failed ? 1 : 0;
    }
  }

  /** The tally of one language code, or of {@code all}. */
  public Tally tally(String language) {
    Tally t = byLanguage.get(language);
    if (t == null) {
      throw new IllegalArgumentException("no texts in language " + language);
    }
    return t;
  }

  /** The figures as a Markdown table, one row a language (de, en, ru, uk), then all. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append("| language | texts | place P | place R | place in 15 km | killed acc | injured acc | children acc | means P | means R"
        + " | failed |\n");
    b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String lang : List.of(Language.DE.code(), Language.EN.code(), Language.RU.code(), Language.UK.code(), "all")) {
      Tally t = byLanguage.get(lang);
      if (t == null) {
        continue;
      }
      b.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %d |\n", lang, t.texts,
          ratio(t.placesMatched, t.placesPredicted), ratio(t.labelsFound, t.placesLabelled),
          ratio(t.textsPlacedNear, t.textsWithPlace),
          ratio(t.killedRight, t.texts),
          ratio(t.injuredRight, t.texts), ratio(t.childrenRight, t.texts), ratio(t.meansRight, t.meansPredicted),
          ratio(t.meansRight, t.meansLabelled), t.failed));
    }
    return b.toString();
  }

  private static String ratio(int n, int d) {
    return d == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) n / d, n, d);
  }

  /** Counts for one language. */
  public static final class Tally {
    int texts;
    int placesPredicted;
    int placesMatched;
    int placesLabelled;
    int labelsFound;
    int textsWithPlace;
    int textsPlacedNear;
    int killedRight;
    int injuredRight;
    int childrenRight;
    int meansPredicted;
    int meansLabelled;
    int meansRight;
    int failed;

    void add(LabelledText label, Prediction p) {
      texts++;
      for (double[] place : p.places()) {
        placesPredicted++;
        if (label.places().stream().anyMatch(l -> near(place, l))) {
          placesMatched++;
        }
      }
      for (LabelledText.LabelledPlace l : label.places()) {
        placesLabelled++;
        if (p.places().stream().anyMatch(place -> near(place, l))) {
          labelsFound++;
        }
      }
      if (!label.places().isEmpty()) {
        textsWithPlace++;
        boolean near = p.places().stream().anyMatch(place -> label.places().stream().anyMatch(l -> near(place, l)));
        textsPlacedNear += near ? 1 : 0;
      }
      killedRight += same(label.killed(), p.killed());
      injuredRight += same(label.injured(), p.injured());
      childrenRight += same(label.children(), p.children());
      Set<String> right = new HashSet<>(p.means());
      right.retainAll(label.means());
      meansPredicted += p.means().size();
      meansLabelled += label.means().size();
      meansRight += right.size();
    }

    private static boolean near(double[] place, LabelledText.LabelledPlace l) {
      double metres = Geodesy.distanceMetres(new Coordinate(place[1], place[0]), new Coordinate(l.lon(), l.lat()));
      return metres <= PLACE_TOLERANCE_METRES;
    }

    private static int same(OptionalInt a, OptionalInt b) {
      return a.equals(b) ? 1 : 0;
    }

    /** Place precision, or NaN with no place predicted. */
    public double placePrecision() {
      return (double) placesMatched / placesPredicted;
    }

    /** Place recall, or NaN with no place labelled. */
    public double placeRecall() {
      return (double) labelsFound / placesLabelled;
    }

    /** Share of texts with a labelled place where a predicted place lies within the tolerance of one, or NaN with none. */
    public double placeNearShare() {
      return (double) textsPlacedNear / textsWithPlace;
    }

    /** Share of texts whose killed figure equals the label. */
    public double killedAccuracy() {
      return (double) killedRight / texts;
    }

    /** Share of texts whose injured figure equals the label. */
    public double injuredAccuracy() {
      return (double) injuredRight / texts;
    }

    /** Share of texts whose children figure equals the label. */
    public double childrenAccuracy() {
      return (double) childrenRight / texts;
    }

    /** Means precision, or NaN with no means predicted. */
    public double meansPrecision() {
      return (double) meansRight / meansPredicted;
    }

    /** Means recall, or NaN with no means labelled. */
    public double meansRecall() {
      return (double) meansRight / meansLabelled;
    }

    /** Texts scored. */
    public int texts() {
      return texts;
    }

    /** Texts the extractor failed on (an exception), scored as giving nothing. */
    public int failed() {
      return failed;
    }
  }
}
