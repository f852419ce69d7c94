package org.trucewatch.formats.text;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The words that may stand between a casualty verb and its number without parting them: a hedge
 * ("ранены по меньшей мере восемь", "injured at least eight", "поранено щонайменше вісім"), a bound
 * ("up to", "близько") or an aside between commas that hedges ("убив, по предварительной
 * информации, одного человека"). Reports put these there in every language.
 */
final class LeadIn {
  /** The longest aside between commas that still counts as one, in tokens. */
  private static final int ASIDE_TOKENS = 7;

  private LeadIn() {}

  /**
   * The first token of the hedges, bounds and asides right before {@code i}, or {@code i} when none
   * stands there.
   *
   * @param endingAt the cue of a kind ending at a token, or null
   * @param startingAt the cue of a kind starting at a token, or null
   */
  static int start(int i, List<Token> tokens, BiFunction<Lexicon.Kind, Integer, Cue.Match> endingAt,
      BiFunction<Lexicon.Kind, Integer, Cue.Match> startingAt) {
    int k = i;
    while (k > 0) {
      Cue.Match h = endingAt.apply(Lexicon.Kind.HEDGE, k - 1);
      if (h != null && h.cue().value().equals("AT_LEAST")) {
        k = h.first();
        continue;
      }
      Cue.Match b = endingAt.apply(Lexicon.Kind.BOUND, k - 1);
      if (b != null) {
        k = b.first();
        continue;
      }
      int open = k > 1 && tokens.get(k - 1).text().equals(",") ? aside(k - 1, tokens, startingAt) : -1;
      if (open >= 0) {
        k = open;
        continue;
      }
      break;
    }
    return k;
  }

  /** The opening comma of a hedging aside that the comma at {@code close} ends, or -1. */
  private static int aside(int close, List<Token> tokens, BiFunction<Lexicon.Kind, Integer, Cue.Match> startingAt) {
    for (int j = close - 1; j >= Math.max(0, close - ASIDE_TOKENS - 1); j--) {
      Token t = tokens.get(j);
      if (t.text().equals(",")) {
        for (int m = j + 1; m < close; m++) {
          if (startingAt.apply(Lexicon.Kind.HEDGE, m) != null) {
            return j;
          }
        }
        return -1;
      }
      if (t.clauseBreak()) {
        return -1;
      }
    }
    return -1;
  }
}
