package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A revised figure in a later paragraph ("кількість поранених зросла до 12", "the toll rose to nine")
 * replaces its category's figure in the latest earlier mention at its place (or at none): the text
 * tells the same people's count anew, not more people. The earlier count and its spans go to the
 * revised figure's history.
 */
final class LaterRevision {
  private LaterRevision() {}

  /**
   * Clears the category of each revised figure from the latest mention before {@code from} whose
   * place the figure's place agrees with, when that mention gives the category.
   */
  static List<Integer> supersede(List<Figure> figures, List<IncidentMention> out, int from) {
    List<Integer> revised = new ArrayList<>();
    for (int n = 0; n < figures.size(); n++) {
      Figure f = figures.get(n);
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
          // the earlier count, with what was revised before it, goes on as the revised figure's history
          List<IncidentMention.Revision> history = new ArrayList<>();
          m.history().stream().filter(r -> r.category().equals(f.category())).forEach(history::add);
          history.add(new IncidentMention.Revision(f.category(), before,
              m.claim().spans().getOrDefault("casualties." + f.category(), List.of())));
          figures.set(n, f.revising(history));
          List<IncidentMention.Revision> kept = m.history().stream().filter(r -> !r.category().equals(f.category())).toList();
          out.set(i, new IncidentMention(without(m.claim(), f.category()), m.place(), m.troops(), m.partOf(), kept));
          revised.add(i);
        }
        break; // only the latest mention that gives the category: an older one is another incident's
      }
    }
    return revised;
  }

  /**
   * Puts the paragraph's one mention with figures back into the earlier mention it revised, when it names
   * no place and every figure it gives revised that mention: "Згодом кількість поранених зросла до шести"
   * updates the strike told before, with its place and time, and is no incident of its own.
   */
  static void fold(List<IncidentMention> out, int from, List<Integer> revised) {
    if (revised.isEmpty() || revised.stream().distinct().count() != 1) {
      return;
    }
    int target = revised.get(0);
    int at = -1;
    for (int k = from; k < out.size(); k++) {
      IncidentMention m = out.get(k);
      if (m == null || m.partOf().isPresent() && m.partOf().get() >= from) {
        return; // a total of the paragraph's own, or a time unknown: left as it is
      }
      if (FigureAccount.hasFigures(m)) {
        if (at >= 0) {
          return;
        }
        at = k;
      }
    }
    if (at < 0 || !FigureAccount.unplaced(out.get(at)) || out.get(at).troops().isPresent()) {
      return;
    }
    IncidentMention update = out.get(at);
    IncidentMention earlier = out.get(target);
    Casualties u = update.claim().casualties();
    for (String category : List.of("killed", "injured", "minors")) {
      boolean given = !count(u, category).isUnknown();
      if (given && update.history().stream().noneMatch(r -> r.category().equals(category))) {
        return; // a figure that revises nothing is news of its own
      }
    }
    Casualties e = earlier.claim().casualties();
    Casualties merged = new Casualties(u.killed().isUnknown() ? e.killed() : u.killed(),
        u.injured().isUnknown() ? e.injured() : u.injured(), u.minors().isUnknown() ? e.minors() : u.minors());
    TreeMap<String, List<TextSpan>> spans = new TreeMap<>(earlier.claim().spans());
    update.claim().spans().forEach((key, list) -> {
      if (key.startsWith("casualties.")) {
        List<TextSpan> all = new ArrayList<>(spans.getOrDefault(key, List.of()));
        all.addAll(list);
        spans.put(key, List.copyOf(all));
      }
    });
    List<IncidentMention.Revision> history = new ArrayList<>(earlier.history());
    history.addAll(update.history());
    out.set(target, new IncidentMention(earlier.claim().withCasualties(merged, spans), earlier.place(), earlier.troops(),
        earlier.partOf(), history));
    out.remove(at);
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
