package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A Cyrillic name that is an attack verb's object with the weapon between them ("обстреляли из артиллерии Станицу
 * Луганскую", "атакували з дрона Кізомис", "обстріляли з авіації Берислав"): the weapon does not break the verb's hold
 * on its object. "со стороны", "з боку", "з російських сіл" say where the fire came from and name no weapon. The
 * weapon may also stand in the instrumental case with no preposition ("накрили артилерійським вогнем Чорнобаївку",
 * "атакував FPV-дронами Очаків", "атаковали ракетами Николаев").
 */
final class AttackWithInstrument {
  /** The prepositions of the instrument: "из", "с(о)" in Russian, "з", "із", "зі" in Ukrainian. */
  private static final Set<String> WITH = Set.of("из", "с", "со", "з", "із", "зі");
  /** Beginnings of the words for a weapon, in Russian and Ukrainian. */
  private static final List<String> WEAPONS = List.of("артилер", "артиллер", "миномет", "міномет", "дрон", "бпла",
      "безпілот", "беспилот", "рсзв", "рсзо", "град", "ствольн", "танк", "авіац", "авиац", "гаубиц", "гармат", "орудий",
      "ракет", "реактивн", "гранатомет", "fpv", "коптер", "квадрокоптер", "зброї", "оружи");
  /** Beginnings of the words for fire, a weapon only in the instrumental case: "накрили вогнем", "накрыли огнем". */
  private static final List<String> FIRE = List.of("вогн", "огн");
  /** The endings of the instrumental case of a weapon's noun: "дронами", "вогнем", "артилерією", "артиллерией". */
  private static final List<String> INSTRUMENTAL = List.of("ами", "ями", "ом", "ем", "єм", "ою", "ею", "єю", "ей");
  /** How many words the weapon may take: "из артиллерийских орудий", "з реактивних систем залпового вогню". */
  private static final int WEAPON_WORDS = 4;

  private AttackWithInstrument() {}

  /** Whether the name at {@code i} follows an attack verb ({@code attackAt}) and its weapon. */
  static boolean before(List<Token> tokens, int i, IntPredicate attackAt) {
    boolean weapon = false;
    boolean instrumental = false;
    for (int k = i - 1; k >= 1 && k >= i - WEAPON_WORDS - 1; k--) {
      Token t = tokens.get(k);
      if (!t.word()) {
        return false;
      }
      if (WITH.contains(t.lower())) {
        return weapon && k < i - 1 && attackAt.test(k - 1);
      }
      // "накрили вогнем Дружківку": the verb right before the weapon in the instrumental case
      if (instrumental && attackAt.test(k)) {
        return true;
      }
      boolean weaponWord = weaponWord(t.lower());
      // a capitalised word is a name, unless an abbreviation in capitals ("БпЛА", "РСЗВ") or a weapon ("FPV-дронами")
      if (t.capitalised() && !abbreviation(t.text()) && !weaponWord) {
        return false;
      }
      weapon |= weaponWord;
      instrumental |= k == i - 1 && (weaponWord || FIRE.stream().anyMatch(t.lower()::startsWith))
          && INSTRUMENTAL.stream().anyMatch(t.lower()::endsWith);
    }
    return false;
  }

  /** Whether the lower-case word is a weapon's, also after a hyphen: "fpv-дронами". */
  private static boolean weaponWord(String w) {
    int hyphen = w.lastIndexOf('-');
    String tail = hyphen >= 0 ? w.substring(hyphen + 1) : w;
    return WEAPONS.stream().anyMatch(s -> w.startsWith(s) || tail.startsWith(s));
  }

  private static boolean abbreviation(String w) {
    int upper = 0;
    for (int k = 0; k < w.length(); k++) {
      upper += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
    }
    return w.length() <= 6 && upper >= 2;
  }
}
