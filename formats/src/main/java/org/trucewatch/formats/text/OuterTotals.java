package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.formats.gazetteer.Place;

/**
 * The figures earlier paragraphs gave that later paragraphs may detail place by place, and the
 * linking of those details to them as parts of a total (across paragraphs; the totals within one
 * paragraph are the paragraph's own work).
 */
final class OuterTotals {
  /** The earlier mentions that may be totals, in text order; each keeps what is left of it. */
  private final List<OuterTotal> totals = new ArrayList<>();

  /**
   * An earlier paragraph's mention whose figures later paragraphs may detail, place by place: a
   * region's or the text's ("Russian shelling killed three civilians in the Kherson region"), or a
   * settlement's ("four injured in Kherson", then each of the four).
   */
  private static final class OuterTotal {
    final int index;
    final String region;
    final Long settlement;
    int killed;
    int injured;

    OuterTotal(int index, String region, Long settlement, int killed, int injured) {
      this.index = index;
      this.region = region;
      this.settlement = settlement;
      this.killed = killed;
      this.injured = injured;
    }

    /** Whether the figures fit what is left of this total, at a place inside it. */
    boolean holds(IncidentMention m) {
      Optional<Place> p = m.place();
      if (settlement != null && (p.isEmpty() ? !UnplacedPart.unplaced(m) : p.get().geonameId() != settlement)
          || region != null && p.isPresent() && !p.get().region().equals(region)
          // "in der Region Charkiw ... zwei Menschen getötet" is no part of the Donetsk region's five
          || region != null && p.isEmpty() && m.claim().place().precision() == LocationPrecision.REGION
              && !m.claim().place().admin1().equals(region)) {
        return false;
      }
      int k = m.claim().casualties().killed().min();
      int i = m.claim().casualties().injured().min();
      return k + i > 0 && k <= killed && i <= injured;
    }
  }

  /**
   * Makes the new mentions (from {@code from} on) parts of an earlier paragraph's total when
   * their figures fit in what is left of it, and records the new mentions that may be totals.
   * Victims are often given as a sum first and place by place after: "killed three civilians in
   * the Kherson region ... two bodies near Beryslav ... one person south of Kherson".
   */
  void detailedBy(List<IncidentMention> out, int from) {
    // "Casualties: 5 wounded" after one in Bogatyr and four in Petropavlivka: the story's count told as a whole
    LaterSummary.summarise(out, from);
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() != CasualtyScope.SINGLE) {
        continue;
      }
      for (int t = totals.size() - 1; t >= 0; t--) {
        OuterTotal total = totals.get(t);
        if (!total.holds(m)) {
          continue;
        }
        total.killed -= m.claim().casualties().killed().min();
        total.injured -= m.claim().casualties().injured().min();
        out.set(i, new IncidentMention(m.claim().withScope(CasualtyScope.PART), m.place(), m.troops(),
            Optional.of(total.index)));
        IncidentMention whole = out.get(total.index);
        if (whole.claim().scope() == CasualtyScope.SINGLE) {
          out.set(total.index, new IncidentMention(whole.claim().withScope(CasualtyScope.TOTAL), whole.place(),
              whole.troops(), whole.partOf()));
        }
        out.set(total.index, UnplacedPart.minorsOfPart(out.get(total.index), m));
        break;
      }
    }
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() == CasualtyScope.PART) {
        continue;
      }
      int k = m.claim().casualties().killed().min();
      int j = m.claim().casualties().injured().min();
      // a figure of no known place is no total of others: it may be an incident of its own
      if (k + j == 0 || m.claim().place().precision() == LocationPrecision.UNKNOWN && !UnplacedPart.lead(out, i)) {
        continue;
      }
      String region = m.claim().place().admin1().isEmpty() ? null : m.claim().place().admin1();
      totals.add(new OuterTotal(i, region, m.place().map(Place::geonameId).orElse(null), k, j));
    }
  }

}
