package org.trucewatch.formats.text;

import java.util.List;
import java.util.Optional;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Of a village's namesakes in one oblast, the one right beside the text's other settlements when the one chosen (the
 * larger, by default) lies far from them: "Садове" among Antonivka, Prydniprovske and Kherson is the Sadove 3 km from
 * them on the right bank, not the larger Sadove of Skadovsk raion 26 km off; "Mykilske" beside Tiahynka.
 */
final class NearerNamesake {
  /** Namesakes smaller than this are villages; a reader assumes none of them by size alone. */
  private static final long VILLAGE_POPULATION = 5_000;
  /** How near the text's other settlements a namesake must lie to be taken for them. */
  private static final double BESIDE_METRES = 25_000;

  private NearerNamesake() {}

  /**
   * The village of {@code chosen}'s oblast among {@code candidates} that lies within 25 km of {@code others} and less
   * than half as far from them as {@code chosen}, when {@code chosen} is a village, no seat, more than 25 km from each
   * of them; empty otherwise.
   */
  static Optional<Place> of(List<Place> candidates, Place chosen, List<Place> others) {
    // a seat (of a community, raion or oblast) is what a reader assumes of its name
    if (chosen.population() >= VILLAGE_POPULATION || chosen.feature().startsWith("PPLA") || others.isEmpty()) {
      return Optional.empty();
    }
    double chosenMetres = nearest(chosen, others);
    if (chosenMetres <= BESIDE_METRES) {
      return Optional.empty();
    }
    Place best = null;
    double bestMetres = BESIDE_METRES;
    for (Place p : candidates) {
      if (p.equals(chosen) || !p.region().equals(chosen.region()) || p.population() >= VILLAGE_POPULATION) {
        continue;
      }
      double d = nearest(p, others);
      if (d <= bestMetres && d < chosenMetres / 2) {
        best = p;
        bestMetres = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static double nearest(Place p, List<Place> others) {
    double best = Double.MAX_VALUE;
    for (Place o : others) {
      best = Math.min(best, p.metresTo(o));
    }
    return best;
  }
}
