package org.trucewatch.core.claim;

import java.util.Collection;
import org.trucewatch.core.source.Credibility;

/**
 * The kinds of hedge a report puts on what it says, in any language, and what they do to the
 * credibility of the information (NATO/Admiralty 1-6).
 */
public enum Hedge {
  /** "at least", "mindestens", "щонайменше": a lower bound; the figure is incomplete, not doubtful. */
  AT_LEAST("at-least"),
  /** "could rise", "könnte steigen", "може зрости": the figure is provisional. */
  MAY_RISE("may-rise"),
  /** "according to", "nach Angaben", "за даними": reported speech from a named source. */
  ACCORDING_TO("according-to"),
  /** "it seems", "es scheint", "схоже": the source itself is not sure. */
  APPEARS("appears"),
  /** "unconfirmed", "reportedly", "angeblich", "нібито": not confirmed, possibly hearsay. */
  UNCONFIRMED("unconfirmed"),
  /** "confirmed", "bestätigt", "підтвердили": the source says it is confirmed. */
  CONFIRMED("confirmed");

  private final String code;

  Hedge(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }

  /**
   * The credibility of a statement with these hedges from a source that is named or not.
   *
   * <p>A plain statement from a named source is probably true (2); reported speech, a lower bound
   * or a provisional figure make it possibly true (3), since nothing else confirms it yet; the
   * source's own doubt or "unconfirmed" make it doubtful (4); a statement nobody is named for
   * cannot be judged (6) unless it carries doubt, which makes it doubtful. A claimed confirmation
   * is not independent confirmation, so nothing here reaches 1: corroboration does that, later.
   */
  public static Credibility credibility(Collection<Hedge> hedges, boolean sourceNamed) {
    if (hedges.contains(UNCONFIRMED) || hedges.contains(APPEARS)) {
      return Credibility.DOUBTFUL;
    }
    if (!sourceNamed) {
      return Credibility.CANNOT_BE_JUDGED;
    }
    if (hedges.contains(ACCORDING_TO) || hedges.contains(AT_LEAST) || hedges.contains(MAY_RISE)) {
      return hedges.contains(CONFIRMED) ? Credibility.PROBABLY_TRUE : Credibility.POSSIBLY_TRUE;
    }
    return Credibility.PROBABLY_TRUE;
  }
}
