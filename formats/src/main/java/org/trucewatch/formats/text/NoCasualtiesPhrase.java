package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a no-casualties phrase says: zero, unless it only says nothing is known ("данных о пострадавших
 * нет", "інформації про постраждалих немає": unknown, not zero); and its casualty word is no casualty
 * ("він зазначив, що ніхто не постраждав" is nobody hurt, not one person).
 */
final class NoCasualtiesPhrase {
  /** Stems of the nouns that make "о пострадавших нет" a lack of news: data, information, reports. */
  private static final List<String> NEWS = List.of("данн", "информаци", "сведени", "даних", "інформаці", "відомост",
      "сообщени", "повідомлен");

  private NoCasualtiesPhrase() {}

  /** The phrases that say nobody was hurt, without those that say only that nothing is known yet. */
  static List<Cue.Match> sayingZero(List<Cue.Match> phrases, List<Token> tokens) {
    List<Cue.Match> out = new ArrayList<>(phrases.size());
    for (Cue.Match m : phrases) {
      if (!newsOf(tokens, m.first())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The casualty cues that do not stand inside a phrase saying nobody was hurt, nor join it as the
   * second of a pair: "there were no casualties or injuries", "без жертв и пострадавших" deny both words.
   */
  static List<Cue.Match> outside(List<Cue.Match> casualty, List<Cue.Match> phrases, List<Token> tokens) {
    List<Cue.Match> out = new ArrayList<>(casualty.size());
    for (Cue.Match c : casualty) {
      if (phrases.stream().noneMatch(p -> p.first() <= c.first() && c.last() <= p.last()
          || c.first() == p.last() + 2 && PAIRED.contains(tokens.get(p.last() + 1).lower()))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The phrases, each that denies one category while joined by "or"/"and" to a word of the other made a denial of
   * every harm: "no fatalities or casualties", "keine Toten oder Verluste" say nobody was hurt, children included;
   * "keine Toten oder Zerstörungen" does not.
   */
  static List<Cue.Match> widened(List<Cue.Match> phrases, List<Cue.Match> casualty, List<Token> tokens) {
    List<Cue.Match> out = new ArrayList<>(phrases.size());
    for (Cue.Match m : phrases) {
      out.add(deniesBoth(m, casualty, tokens) ? new Cue.Match(new Cue(m.cue().words(), "all"), m.first(), m.count()) : m);
    }
    return out;
  }

  private static boolean deniesBoth(Cue.Match phrase, List<Cue.Match> casualty, List<Token> tokens) {
    String v = phrase.cue().value();
    int k = phrase.last() + 2;
    if (!(v.equals("killed") || v.equals("injured")) || k >= tokens.size()
        || !PAIRED.contains(tokens.get(phrase.last() + 1).lower())) {
      return false;
    }
    if (LOSSES.contains(tokens.get(k).lower())) {
      return true;
    }
    return casualty.stream().anyMatch(c -> c.first() == k && Cue.Match.killedOrInjured(c) != null
        && !c.cue().value().equals(v));
  }

  /** Nouns of losses, read as harm only when joined to a denied category: "keine Toten oder Verluste". */
  private static final java.util.Set<String> LOSSES = java.util.Set.of("verluste", "verlusten", "losses");

  /** Words joining a second casualty word to the denied first: "no casualties or injuries", "keine Toten und Verletzten". */
  private static final java.util.Set<String> PAIRED = java.util.Set.of("or", "nor", "and", "oder", "noch", "und", "или", "либо",
      "и", "або", "чи", "і", "й", "та");

  /**
   * Whether "о"/"об"/"про"/"щодо" and a noun of news stand right before the phrase, or before a kind joined to it: "данных о
   * пострадавших нет", "інформації про загиблих та потерпілих немає".
   */
  private static boolean newsOf(List<Token> tokens, int first) {
    // "інформації про загиблих та потерпілих немає": the news may be of a first kind joined to the phrase's
    if (first >= 4 && PAIRED.contains(tokens.get(first - 1).lower()) && tokens.get(first - 2).word()) {
      first -= 2;
    }
    if (first < 2) {
      return false;
    }
    String of = tokens.get(first - 1).lower();
    // "інформації щодо постраждалих немає": "щодо" (as to) says it as "про" does
    if (!(of.equals("о") || of.equals("об") || of.equals("про") || of.equals("щодо"))) {
      return false;
    }
    String noun = tokens.get(first - 2).lower();
    return NEWS.stream().anyMatch(noun::startsWith);
  }
}
