package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A settlement named twice in a paragraph is one place: it is among the namesakes of each mention,
 * so what stands with one ("Новодмитрівку Білозерської громади": near that community's seat) and
 * with the other ("у селі Новодмитрівка Херсонської області": in that oblast) narrow both.
 */
final class SameName {
  private SameName() {}

  /**
   * The namesakes of {@code m} that every other settlement mention sharing one with it also has,
   * when fewer than {@code m}'s own, or null.
   */
  static List<Place> shared(PlaceMention m, List<PlaceMention> mentions) {
    if (m.isRegion() || m.candidates().size() < 2) {
      return null;
    }
    List<Place> left = new ArrayList<>(m.candidates());
    for (PlaceMention o : mentions) {
      if (o == m || o.isRegion() || o.candidates().isEmpty()) {
        continue;
      }
      List<Place> both = left.stream().filter(p -> o.candidates().stream().anyMatch(q -> q.geonameId() == p.geonameId())).toList();
      if (!both.isEmpty()) {
        left = new ArrayList<>(both);
      }
    }
    return left.size() < m.candidates().size() ? left : null;
  }
}
