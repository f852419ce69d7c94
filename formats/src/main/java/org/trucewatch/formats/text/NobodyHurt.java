package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Place;

/**
 * "No one was injured" as the whole of a text's casualties also says no one was killed: a report
 * of one strike that counts nobody hurt ("Nach vorläufigen Angaben gibt es keine Verletzten",
 * "no one was injured as a result") counts no dead and no children either, since the dead would
 * have been told before the unhurt; "weder verletzt noch getötet" counts no children either. A
 * zero said of a second named settlement while the first strike's casualties stay untold ("Auch
 * die Gemeinde X wurde beschossen. Es gebe keine Verletzten") is that settlement's alone and says
 * nothing of the text's dead.
 */
final class NobodyHurt {
  private NobodyHurt() {}

  /** The mentions with a lone "no injured" widened to no killed and no minors, when nothing else in the text counts anyone. */
  static List<IncidentMention> widened(List<IncidentMention> mentions) {
    Optional<Long> zeroAt = Optional.empty();
    IncidentMention zero = null;
    for (IncidentMention m : mentions) {
      if (m == null || m.troops().isPresent()) {
        continue;
      }
      Casualties c = m.claim().casualties();
      if (c.killed().reported() || c.injured().reported() || c.minors().reported()) {
        return mentions; // someone is counted: the zero is no account of the whole text
      }
      if (isLoneZero(m)) {
        zero = m;
        zeroAt = m.place().map(Place::geonameId);
      }
    }
    if (zero == null) {
      return mentions;
    }
    // the zero is the text's one strike only where no other settlement of the text is told apart from it
    for (IncidentMention m : mentions) {
      if (m != null && m.troops().isEmpty() && zeroAt.isPresent() && m.place().isPresent()
          && m.place().get().geonameId() != zeroAt.get()) {
        return mentions;
      }
    }
    List<IncidentMention> out = new ArrayList<>(mentions.size());
    for (IncidentMention m : mentions) {
      out.add(m != null && m.troops().isEmpty() && isLoneZero(m) ? widened(m) : m);
    }
    return out;
  }

  private static boolean isLoneZero(IncidentMention m) {
    Casualties c = m.claim().casualties();
    // "weder verletzt noch getötet" says nobody killed too; the children are still untold, and widened below
    return c.injured().equals(CasualtyCount.NONE) && (c.killed().isUnknown() || c.killed().equals(CasualtyCount.NONE))
        && c.minors().isUnknown();
  }

  private static IncidentMention widened(IncidentMention m) {
    Claim c = m.claim();
    Map<String, List<TextSpan>> spans = new TreeMap<>(c.spans());
    List<TextSpan> said = spans.getOrDefault("casualties.injured", List.of());
    // the words that say nobody was hurt are the words that say nobody died
    spans.putIfAbsent("casualties.killed", said);
    spans.put("casualties.minors", said);
    Claim kept = c.withCasualties(new Casualties(CasualtyCount.NONE, CasualtyCount.NONE, CasualtyCount.NONE), spans);
    return m.with(kept, m.partOf());
  }
}
