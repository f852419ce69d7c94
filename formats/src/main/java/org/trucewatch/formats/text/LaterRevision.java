package org.trucewatch.formats.text;

import java.util.List;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A revised figure in a later paragraph ("кількість поранених зросла до 12", "the toll rose to nine")
 * replaces its category's figure in the latest earlier mention at its place (or at none): the text
 * tells the same people's count anew, not more people. The earlier figure's spans stay as history.
 */
final class LaterRevision {
  private LaterRevision() {}

  /**
   * Clears the category of each revised figure from the latest mention before {@code from} whose
   * place the figure's place agrees with, when that mention gives the category.
   */
  static void supersede(List<Figure> figures, List<IncidentMention> out, int from) {
    for (Figure f : figures) {
      // a revision of a figure of its own paragraph is the mention builder's ("fünf Verletzte ... stieg auf sieben")
      if (!f.revision() || figures.stream().anyMatch(g -> g.category().equals(f.category()) && g.first() < f.first())) {
        continue;
      }
      for (int i = from - 1; i >= 0; i--) {
        IncidentMention m = out.get(i);
        // a zero is no figure a rise revises: "there, no one was hurt" at the second strike
        CasualtyCount before = m == null ? CasualtyCount.UNKNOWN : count(m.claim().casualties(), f.category());
        if (m == null || m.troops().isPresent() || before.isUnknown() || before.equals(CasualtyCount.NONE)) {
          continue;
        }
        if (samePlace(m, f.where())) {
          out.set(i, new IncidentMention(without(m.claim(), f.category()), m.place(), m.troops(), m.partOf()));
        }
        break; // only the latest mention that gives the category: an older one is another incident's
      }
    }
  }

  /** Whether the mention's place and the figure's agree: either names none, one settlement, or the region of the other. */
  static boolean samePlace(IncidentMention m, PlaceMention where) {
    if (where == null || FigureAccount.unplaced(m)) {
      return true;
    }
    if (m.place().isPresent() && !where.isRegion()) {
      Object id = FigureAccount.placeOf(where);
      return id != null && id.equals(m.place().get().geonameId());
    }
    String region = FigureAccount.regionOf(where);
    return m.claim().place().precision() == LocationPrecision.REGION || where.isRegion()
        ? region != null && region.equals(m.claim().place().admin1()) : false;
  }

  private static CasualtyCount count(Casualties c, String category) {
    return switch (category) {
      case "killed" -> c.killed();
      case "injured" -> c.injured();
      default -> c.minors();
    };
  }

  private static Claim without(Claim c, String category) {
    Casualties k = c.casualties();
    Casualties cleared = new Casualties(category.equals("killed") ? CasualtyCount.UNKNOWN : k.killed(),
        category.equals("injured") ? CasualtyCount.UNKNOWN : k.injured(), category.equals("minors") ? CasualtyCount.UNKNOWN : k.minors());
    return c.withCasualties(cleared);
  }
}
