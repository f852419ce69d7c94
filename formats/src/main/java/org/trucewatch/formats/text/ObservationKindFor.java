package org.trucewatch.formats.text;

import org.trucewatch.core.observation.ObservationKind;

/** The kind of incident a paragraph's means and target make. */
final class ObservationKindFor {
  private ObservationKindFor() {}

  static ObservationKind incident(Paragraph p) {
    Cue.Match m = p.attribution.means();
    Cue.Match t = p.first(Lexicon.Kind.TARGET);
    if (t != null && t.cue().value().equals("port-or-vessel")) {
      return ObservationKind.ATTACK_ON_VESSEL;
    }
    if (m != null && (m.cue().value().equals("artillery") || m.cue().value().equals("rocket-launcher"))) {
      return ObservationKind.SHELLING;
    }
    return ObservationKind.STRIKE;
  }
}
