package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * "От полученных травм она погибла", "від отриманих поранень він помер", "she died of her
 * injuries": a person already counted as injured died, one of the injured who is now of the killed.
 */
final class DiedOfInjuries {
  /** "от", "від", "of" before the injuries; "succumbed to" them. */
  private static final Set<String> FROM = Set.of("от", "від", "of", "from", "an", "to");
  /** What may stand between "from" and the injury noun: "полученных", "отриманих", "his". */
  private static final int BETWEEN = 2;

  private DiedOfInjuries() {}

  /**
   * Whether the killed cue {@code killed} tells of death from injuries: an injury cue after "от" or
   * "від" within three tokens before it, or after "of" right after it.
   */
  static boolean at(List<Token> tokens, Cue.Match killed, List<Cue.Match> casualtyCues) {
    for (Cue.Match m : casualtyCues) {
      if (!m.cue().value().equals("injured")) {
        continue;
      }
      boolean before = m.last() < killed.first() && killed.first() - m.last() <= 3;
      boolean after = m.first() > killed.last() && m.first() - killed.last() <= BETWEEN + 1;
      if ((before || after) && fromBefore(tokens, m.first())) {
        return true;
      }
    }
    return false;
  }

  /** Hospital nouns, in the locative case where it has one. */
  private static final Set<String> HOSPITAL = Set.of("лікарні", "больнице", "hospital", "krankenhaus", "klinik");
  /** Prepositions of place before the hospital: "у лікарні", "в больнице", "in hospital", "im Krankenhaus". */
  private static final Set<String> AT = Set.of("у", "в", "in", "im");

  /**
   * Whether the killed cue {@code killed} tells of a death in hospital ("помер у лікарні", "died in
   * the hospital", "im Krankenhaus gestorben"): one taken there injured, within four tokens of the
   * cue in its sentence. "Taken to hospital" is no place of death and does not count.
   */
  static boolean inHospital(List<Token> tokens, Cue.Match killed, int[] sentence) {
    for (int j = Math.max(1, killed.first() - 4); j <= Math.min(tokens.size() - 1, killed.last() + 4); j++) {
      if (sentence[j] != sentence[killed.first()] || !HOSPITAL.contains(tokens.get(j).lower())) {
        continue;
      }
      String before = tokens.get(j - 1).lower();
      if (AT.contains(before) || before.equals("the") && j >= 2 && tokens.get(j - 2).lower().equals("in")) {
        return true;
      }
    }
    return false;
  }

  /** "Один із них помер", "з яких одна померла", "one of them died": one of those just counted. */
  private static final Set<String> ONE = Set.of("один", "одна", "одного", "одної", "одной", "one", "einer", "eine", "eines");
  /** How far before the death cue "one" may stand: "з яких один, 61-річний чоловік, помер". */
  private static final int ONE_BEFORE = 8;
  /** "Скончалась на месте", "died on the spot": killed outright, never counted injured before. */
  private static final Set<String> SPOT = Set.of("месте", "місці", "spot", "ort", "stelle");
  /** Words naming no one: a person noun shared by the two figures must be more than these. */
  private static final Set<String> NO_PERSON = Set.of("a", "an", "the", "he", "she", "der", "die", "ein", "eine", "er", "sie",
      "він", "вона", "он", "она");

  /**
   * Whether a death counted by the figure over tokens {@code deadFirst..deadLast}, whose cue is
   * {@code killed}, is of someone counted injured by the figure over {@code hurtFirst..hurtLast}:
   * "one of" them, or the same person noun ("поранені двоє чоловіків ... один із чоловіків помер",
   * "a man was injured ... the man died in hospital"); never one who died on the spot.
   */
  static boolean sameInjured(List<Token> tokens, int deadFirst, int deadLast, int hurtFirst, int hurtLast, Cue.Match killed) {
    if (onTheSpot(tokens, killed)) {
      return false;
    }
    Set<String> hurt = new java.util.HashSet<>();
    for (int j = hurtFirst; j <= hurtLast; j++) {
      hurt.add(tokens.get(j).lower());
    }
    for (int j = Math.max(0, Math.min(deadFirst, killed.first() - ONE_BEFORE)); j <= deadLast; j++) {
      String w = tokens.get(j).lower();
      if (ONE.contains(w) || j >= deadFirst && j < killed.first() && tokens.get(j).word() && !NO_PERSON.contains(w)
          && hurt.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person in the singular is named within the figure over {@code first..last}: "Ein 61-jähriger
   * Mann erlag", "the man died".
   */
  static boolean person(List<Token> tokens, int first, int last) {
    for (int j = first; j <= last && j < tokens.size(); j++) {
      String w = tokens.get(j).lower();
      if (PeopleWords.SINGULAR_PERSONS.contains(w) || PeopleWords.SINGULAR_MINORS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the death of the cue {@code killed} was on the spot ("скончалась на месте", "died on the spot"). */
  static boolean onTheSpot(List<Token> tokens, Cue.Match killed) {
    for (int j = killed.last() + 1; j <= Math.min(tokens.size() - 1, killed.last() + 3); j++) {
      if (SPOT.contains(tokens.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean fromBefore(List<Token> tokens, int noun) {
    for (int j = noun - 1; j >= Math.max(0, noun - 1 - BETWEEN); j--) {
      String w = tokens.get(j).lower();
      // "erlag seinen Verletzungen": the German dative has no preposition, its possessive stands for it
      if (FROM.contains(w) || j == noun - 1 && (w.startsWith("sein") || w.startsWith("ihre") || w.startsWith("ihren"))) {
        return true;
      }
      if (!tokens.get(j).word()) {
        return false;
      }
    }
    return false;
  }
}
