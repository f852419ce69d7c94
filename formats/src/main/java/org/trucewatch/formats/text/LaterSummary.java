package org.trucewatch.formats.text;

import java.util.List;
import java.util.Optional;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.observation.Casualties;

/**
 * A later paragraph's figure that names no place, and counts at least as many as the earlier
 * paragraphs did at their places, is the story's count told again as a whole: a summary ("Casualties:
 * 5 wounded" after one in Bogatyr and four in Petropavlivka), the quote that retells the lead ("Three
 * men were wounded, and a woman perished" after "a resident was wounded" in Pervomaisk), the update
 * ("there were reports of one dead and eight injured" after three injured). It is their total, and
 * the earlier figures its parts, as a later unplaced figure that counts fewer is a part
 * ({@link UnplacedPart}): reports go on about the people they counted without naming the place
 * again; a new incident names its place or says it is another.
 */
final class LaterSummary {
  private LaterSummary() {}

  /**
   * Makes each new mention (from {@code from} on) that names no place, gives killed or injured, and
   * holds every killed and injured figure of the earlier mentions that are not parts, their total.
   */
  static void summarise(List<IncidentMention> out, int from) {
    for (int i = from; i < out.size(); i++) {
      IncidentMention m = out.get(i);
      if (m == null || m.troops().isPresent() || m.claim().scope() != CasualtyScope.SINGLE || !UnplacedPart.unplaced(m)) {
        continue;
      }
      Casualties c = m.claim().casualties();
      int killed = 0;
      int injured = 0;
      boolean any = false;
      for (int k = 0; k < from; k++) {
        IncidentMention e = out.get(k);
        if (e == null || e.troops().isPresent() || e.claim().scope() == CasualtyScope.PART) {
          continue;
        }
        killed += e.claim().casualties().killed().min();
        injured += e.claim().casualties().injured().min();
        any |= e.claim().casualties().killed().min() + e.claim().casualties().injured().min() > 0;
      }
      if (!any || !holds(c.killed().min(), killed) || !holds(c.injured().min(), injured)) {
        continue;
      }
      out.set(i, new IncidentMention(m.claim().withScope(CasualtyScope.TOTAL), m.place(), m.troops(), m.partOf()));
      for (int k = 0; k < from; k++) {
        IncidentMention e = out.get(k);
        if (e == null || e.troops().isPresent() || e.claim().scope() == CasualtyScope.PART) {
          continue;
        }
        out.set(k, new IncidentMention(e.claim().withScope(CasualtyScope.PART), e.place(), e.troops(), Optional.of(i)));
        out.set(i, UnplacedPart.minorsOfPart(out.get(i), e));
      }
      return;
    }
  }

  /** Whether a later count holds the earlier ones of its kind: none told before, or at least their sum when it gives one. */
  private static boolean holds(int later, int earlier) {
    return earlier == 0 || later >= earlier;
  }

}
