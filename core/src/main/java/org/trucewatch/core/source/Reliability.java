package org.trucewatch.core.source;

import java.util.Locale;

/**
 * Reliability of a source on the NATO/Admiralty scale (STANAG 2511, AJP-2.1): A (completely
 * reliable) to E (unreliable), and F when reliability cannot be judged.
 *
 * <p>F is not "worse than E": it says we have no track record, which is the honest default for a
 * source nobody has graded.
 */
public enum Reliability {
  /** Completely reliable: no doubt of authenticity, trustworthiness or competency. */
  A(5),
  /** Usually reliable: minor doubt, a history of mostly valid information. */
  B(4),
  /** Fairly reliable: doubt, but has provided valid information in the past. */
  C(3),
  /** Not usually reliable: significant doubt. */
  D(2),
  /** Unreliable: lacking authenticity, trustworthiness and competency. */
  E(1),
  /** Reliability cannot be judged: no basis for evaluating the source. */
  F(0);

  private final int weight;

  Reliability(int weight) {
    this.weight = weight;
  }

  /** Weight used by grading, 5 for A down to 0 for F. */
  public int weight() {
    return weight;
  }

  /**
   * Parses a grade letter, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted letters when {@code text} is not one
   */
  public static Reliability parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (Reliability r : values()) {
      if (r.name().equals(t)) {
        return r;
      }
    }
    throw new IllegalArgumentException("reliability must be one of A, B, C, D, E, F, not '" + text + "'");
  }
}
