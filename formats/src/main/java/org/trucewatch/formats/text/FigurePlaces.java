package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Where a paragraph's figure happened: the place mention nearest it in its clause (not a speaker's
 * title, not across a colon), and whether two figures' places are the same or one community's.
 */
final class FigurePlaces {
  /** How far apart two settlements may lie and still be one community's: a figure's place and its village. */
  private static final double SAME_COMMUNITY_METRES = 20_000;

  /** A region's noun without its name, the text's own region: "в області", "in the region", "im Gebiet". */
  private static final Set<String> REGION_NOUNS = Set.of("області", "регіоні", "области", "регионе", "region", "oblast",
      "gebiet");
  /** Prepositions before it: "в області", "по области", "in the region", "im Gebiet", "in der Region". */
  private static final Set<String> IN_REGION = Set.of("в", "у", "по", "in", "im", "across", "throughout");

  /** The paragraph whose mentions, sentences and namesakes place the figures. */
  private final Paragraph paragraph;

  /** The places of this paragraph's figures. */
  FigurePlaces(Paragraph paragraph) {
    this.paragraph = paragraph;
  }

  /**
   * Whether two figures' places may be the same: the same settlement or region, a settlement and
   * the region it lies in, or either unsaid.
   */
  static boolean samePlace(PlaceMention a, PlaceMention b) {
    if (a == null || b == null) {
      return true;
    }
    if (a.isRegion() != b.isRegion()) {
      PlaceMention region = a.isRegion() ? a : b;
      PlaceMention settlement = a.isRegion() ? b : a;
      return settlement.candidates().stream().anyMatch(region::contains);
    }
    return FigureAccount.placeOf(a) != null && FigureAccount.placeOf(a).equals(FigureAccount.placeOf(b));
  }

  /**
   * Whether the words at {@code later} are placed at a settlement other than the place of the
   * figure at {@code earlier}: a settlement where the figure has a region or no place, or
   * another settlement than the figure's.
   */
  boolean elsewhere(int earlier, int later) {
    PlaceMention here = locality(later, Set.of());
    if (here == null || here.isRegion() || here.candidates().isEmpty()) {
      return false;
    }
    PlaceMention there = locality(earlier, Set.of());
    if (there == null || there.isRegion() || there.candidates().isEmpty()) {
      return true;
    }
    return !sameCommunity(there, here);
  }

  /**
   * Whether two settlements' mentions lie within one community's reach: "in der Gemeinde
   * Kostjantyniwka ... im Dorf Predtetschyne", "die Gemeinde Orichiw ... das Dorf Nowopawliwka",
   * the place told more precisely.
   */
  boolean sameCommunity(PlaceMention x, PlaceMention y) {
    if (x == null || y == null || x.isRegion() || y.isRegion() || x.candidates().isEmpty() || y.candidates().isEmpty()) {
      return false;
    }
    Place a = paragraph.namesakes.resolvedPlace(x);
    Place b = paragraph.namesakes.resolvedPlace(y);
    return a.metresTo(b) <= SAME_COMMUNITY_METRES;
  }

  /**
   * Whether the region mention is part of a speaker's title: "der Chef der militärischen
   * Administration der Region Charkiw", "the governor of the Kherson region", "губернатор
   * Запорожской области". It names whose official speaks, not where a figure happened.
   */
  private boolean title(PlaceMention m) {
    return paragraph.titles.contains(m);
  }

  /** Whether the clause of token {@code at} says "in the region" with no name: "в області", "in the region", "im Gebiet". */
  private boolean inTheRegion(int at) {
    for (int j = 1; j < paragraph.tokens.size(); j++) {
      if (paragraph.clause[j] != paragraph.clause[at] || !REGION_NOUNS.contains(paragraph.tokens.get(j).lower())) {
        continue;
      }
      String before = paragraph.tokens.get(j - 1).lower();
      boolean in = IN_REGION.contains(before) || (before.equals("the") || before.equals("der")) && j >= 2
          && IN_REGION.contains(paragraph.tokens.get(j - 2).lower());
      // a named region is a place mention of its own ("in der Region Donezk", "в Донецькій області")
      int k = j;
      if (in && paragraph.mentions.stream().noneMatch(m -> m.first() <= k + 1 && m.last() >= k - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean colonBetween(int from, int to) {
    return to > from + 1 && paragraph.colons[to] - paragraph.colons[from + 1] > 0;
  }

  PlaceMention locality(int at, Set<PlaceMention> taken) {
    PlaceMention place = placeOrTitle(at, taken, true);
    // a speaker's region only when nothing else places the figure
    return place != null ? place : placeOrTitle(at, taken, false);
  }

  private PlaceMention placeOrTitle(int at, Set<PlaceMention> taken, boolean noTitles) {
    PlaceMention best = nearest(at, m -> !taken.contains(m)
        && (paragraph.clause[m.first()] == paragraph.clause[at] || paragraph.clause[m.last()] == paragraph.clause[at])
        && !(noTitles && title(m)));
    if (best != null) {
      return best;
    }
    // "Ще 14 людей в області за добу дістали поранення", "7 more people in the region were injured": a figure its
    // clause says is the region's stands at the region named before it (or at none), never at a settlement of its
    // sentence or the one before: those are where the parts of it happened
    if (inTheRegion(at)) {
      PlaceMention region = null;
      for (PlaceMention m : paragraph.mentions) {
        if (m.isRegion() && m.last() < at && !taken.contains(m)) {
          region = m;
        }
      }
      return region;
    }
    // else the nearest in the sentence, else the paragraph's only settlement; not past a colon:
    // "вбили 5 мирних жителів Донбасу: 2 у Бахмуті, 2 у Вугледарі" lists the five's parts after it
    best = nearest(at, m -> !taken.contains(m) && paragraph.sentence[m.first()] == paragraph.sentence[at] && !(noTitles && title(m))
        && !colonBetween(at, m.first()));
    if (best != null) {
      return best;
    }
    // "В 16:00 в Купянске в результате обстрела был поврежден дом. Погиб 67-летний мужчина": a
    // sentence that names no place tells what happened at the place of the sentence before it
    for (PlaceMention m : paragraph.mentions) {
      if (!taken.contains(m) && paragraph.sentence[m.last()] == paragraph.sentence[at] - 1 && !(noTitles && title(m))) {
        best = m;
      }
    }
    if (best != null && !best.isRegion()) {
      return best;
    }
    List<PlaceMention> settlements = paragraph.mentions.stream().filter(m -> !m.isRegion() && !taken.contains(m)).toList();
    return settlements.size() == 1 ? settlements.get(0) : null;
  }

  /** The mention nearest to token {@code at} of those that qualify, the first of equals; null when none does. */
  private PlaceMention nearest(int at, Predicate<PlaceMention> qualifies) {
    PlaceMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PlaceMention m : paragraph.mentions) {
      if (!qualifies.test(m)) {
        continue;
      }
      int d = m.last() < at ? at - m.last() : m.first() - at;
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    return best;
  }
}
