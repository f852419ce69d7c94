package org.trucewatch.core.source;

/**
 * Credibility of one piece of information on the NATO/Admiralty scale: 1 (confirmed by other
 * sources) to 5 (improbable), and 6 when its truth cannot be judged.
 */
public enum Credibility {
  /** Confirmed by other independent sources. */
  CONFIRMED(1, 5),
  /** Probably true: not confirmed, but logical and consistent. */
  PROBABLY_TRUE(2, 4),
  /** Possibly true: reasonably logical, agrees with some other information. */
  POSSIBLY_TRUE(3, 3),
  /** Doubtfully true: not logical but possible. */
  DOUBTFUL(4, 2),
  /** Improbable: contradicted by other information. */
  IMPROBABLE(5, 1),
  /** Truth cannot be judged. */
  CANNOT_BE_JUDGED(6, 0);

  private final int rating;
  private final int weight;

  Credibility(int rating, int weight) {
    this.rating = rating;
    this.weight = weight;
  }

  /** The number on the scale, 1 to 6. */
  public int rating() {
    return rating;
  }

  /** Weight used by grading, 5 for rating 1 down to 0 for rating 6. */
  public int weight() {
    return weight;
  }

  /**
   * The credibility with this rating.
   *
   * @throws IllegalArgumentException when {@code rating} is outside 1 to 6
   */
  public static Credibility of(int rating) {
    for (Credibility c : values()) {
      if (c.rating == rating) {
        return c;
      }
    }
    throw new IllegalArgumentException("credibility must be 1 to 6, not " + rating);
  }
}
