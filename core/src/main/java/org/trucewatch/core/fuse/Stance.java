package org.trucewatch.core.fuse;

import java.util.Locale;
import org.trucewatch.core.observation.Observation;

/**
 * Whether an observation supports the event it is fused into or denies it. A party's denial is a
 * claim like any other: it is kept in the incident, listed with the origins that contradict it,
 * and never counted as corroboration.
 *
 * <p>A denial is an observation whose attribute {@value #STANCE} is {@code denies}, or whose
 * {@value #STATEMENT} starts with "denies" or "denied" (the simulator's and the report readers'
 * "denies involvement").
 */
public enum Stance {
  /** Says the event happened (or is the sensor reading that shows it). */
  SUPPORTS("supports"),
  /** Denies the event, or denies the involvement it is charged with. */
  DENIES("denies");

  /** The attribute stating the stance explicitly. */
  public static final String STANCE = "stance";
  /** The attribute with a source's statement in words. */
  public static final String STATEMENT = "statement";

  private final String code;

  Stance(String code) {
    this.code = code;
  }

  /** The code used in outputs. */
  public String code() {
    return code;
  }

  /** The stance of an observation. */
  public static Stance of(Observation o) {
    String s = o.attributes().get(STANCE);
    if (s != null && s.trim().equalsIgnoreCase("denies")) {
      return DENIES;
    }
    String statement = o.attributes().get(STATEMENT);
    if (statement != null) {
      String t = statement.trim().toLowerCase(Locale.ROOT);
      if (t.startsWith("denies") || t.startsWith("denied")) {
        return DENIES;
      }
    }
    return SUPPORTS;
  }
}
