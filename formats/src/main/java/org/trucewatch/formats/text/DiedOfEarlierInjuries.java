package org.trucewatch.formats.text;

import java.util.List;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * A later paragraph's death of injuries ("Згодом один із чоловіків помер від отриманих травм", "he later
 * died in hospital") moves that many of an earlier paragraph's injured at its place to the killed: the
 * text tells the same people again, now dead, not more people hurt.
 */
final class DiedOfEarlierInjuries {
  private DiedOfEarlierInjuries() {}

  /**
   * Takes each new killed figure of the paragraph that dies of injuries (or in hospital) off the
   * injured of the latest mention before {@code from} at its place, when that mention counts at least
   * as many injured and no one killed, and the paragraph counts no injured before the death.
   */
  static void moveToKilled(Paragraph paragraph, List<Figure> figures, List<IncidentMention> out, int from) {
    for (Figure f : figures) {
      if (!f.category().equals("killed") || f.count().max().isEmpty() || f.count().min() < 1
          || paragraph.reader.additional(f) || paragraph.reader.anotherAttack(f) || !diesOfInjuries(paragraph, f)
          // "another man died of his injuries": one more, not one of them
          || paragraph.reader.saidMore(f)
          // the paragraph's own injured before the death are the ones it tells of (the figure reader's case)
          || figures.stream().anyMatch(g -> g.category().equals("injured") && g.first() < f.first())) {
        continue;
      }
      int died = f.count().min();
      for (int i = from - 1; i >= 0; i--) {
        IncidentMention m = out.get(i);
        if (m == null || m.troops().isPresent()) {
          continue;
        }
        Casualties c = m.claim().casualties();
        if (c.injured().isUnknown()) {
          continue;
        }
        // the latest mention that counts injured is the one they were among; one that counts dead already
        // may hold this death too ("one killed, two injured" ... "the man died in hospital")
        if (c.injured().min() >= died && c.injured().max().isPresent() && (c.killed().isUnknown() || c.killed().equals(CasualtyCount.NONE))
            && FigureAccount.samePlace(m, SaidPlace.of(paragraph, f))) {
          CasualtyCount rest = c.injured().min() == died ? CasualtyCount.NONE : OfThem.rest(c.injured(), died);
          out.set(i, m.with(withInjured(m.claim(), rest), m.partOf()));
        }
        break;
      }
    }
  }

  /** Whether a killed cue of the figure's sentence, within or right after it, tells of death from injuries or in hospital. */
  private static boolean diesOfInjuries(Paragraph paragraph, Figure f) {
    for (Cue.Match m : paragraph.cues.get(Lexicon.Kind.CASUALTY)) {
      if (m.cue().value().equals("killed") && paragraph.sentence[m.first()] == paragraph.sentence[f.first()]
          && m.first() >= f.first() - 2 && m.first() <= f.last() + 8 && !DiedOfInjuries.onTheSpot(paragraph.tokens, m)
          && (DiedOfInjuries.at(paragraph.tokens, m, paragraph.casualtyWithCauses)
          || DiedOfInjuries.inHospital(paragraph.tokens, m, paragraph.sentence))) {
        return true;
      }
    }
    return false;
  }

  private static Claim withInjured(Claim c, CasualtyCount injured) {
    Casualties k = c.casualties();
    return c.withCasualties(new Casualties(k.killed(), injured, k.minors()));
  }
}
