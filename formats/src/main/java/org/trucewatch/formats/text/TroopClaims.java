package org.trucewatch.formats.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.observation.ObservationKind;

/** Turns a paragraph's troop figures into troop claims, one for each count it gives. */
final class TroopClaims {
  private TroopClaims() {}

  /** Adds a claim for each distinct troop count, written by {@code builder}. */
  static void add(List<Figure> troops, MentionBuilder builder, List<IncidentMention> out) {
    Set<String> seen = new LinkedHashSet<>();
    for (Figure f : troops) {
      if (seen.add(f.count().toString())) {
        // where troops were sent is no observation of them: a troop claim has no location
        out.add(builder.mention(null, List.of(f), CasualtyScope.SINGLE, ObservationKind.TROOPS, Optional.of(f.count()),
            Optional.empty(), f));
      }
    }
  }
}
