package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A Cyrillic name that is an attack verb's object with the weapon between them ("обстреляли из артиллерии Станицу
 * Луганскую", "атакували з дрона Кізомис", "обстріляли з авіації Берислав"): the weapon does not break the verb's hold
 * on its object. "со стороны", "з боку", "з російських сіл" say where the fire came from and name no weapon.
 */
final class AttackWithInstrument {
  /** The prepositions of the instrument: "из", "с(о)" in Russian, "з", "із", "зі" in Ukrainian. */
  private static final Set<String> WITH = Set.of("из", "с", "со", "з", "із", "зі");
  /** Beginnings of the words for a weapon, in Russian and Ukrainian. */
  private static final List<String> WEAPONS = List.of("артилер", "артиллер", "миномет", "міномет", "дрон", "бпла",
      "безпілот", "беспилот", "рсзв", "рсзо", "град", "ствольн", "танк", "авіац", "авиац", "гаубиц", "гармат", "орудий",
      "ракет", "реактивн", "гранатомет", "fpv", "коптер", "квадрокоптер", "зброї", "оружи");
  /** How many words the weapon may take: "из артиллерийских орудий", "з реактивних систем залпового вогню". */
  private static final int WEAPON_WORDS = 4;

  private AttackWithInstrument() {}

  /** Whether the name at {@code i} follows an attack verb ({@code attackAt}) and its weapon. */
  static boolean before(List<Token> tokens, int i, IntPredicate attackAt) {
    boolean weapon = false;
    for (int k = i - 1; k >= 1 && k >= i - WEAPON_WORDS - 1; k--) {
      Token t = tokens.get(k);
      if (!t.word()) {
        return false;
      }
      if (WITH.contains(t.lower())) {
        return weapon && k < i - 1 && attackAt.test(k - 1);
      }
      // a capitalised word is a name, unless an abbreviation in capitals ("БпЛА", "РСЗВ")
      if (t.capitalised() && !abbreviation(t.text())) {
        return false;
      }
      weapon |= WEAPONS.stream().anyMatch(t.lower()::startsWith);
    }
    return false;
  }

  private static boolean abbreviation(String w) {
    int upper = 0;
    for (int k = 0; k < w.length(); k++) {
      upper += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
    }
    return w.length() <= 6 && upper >= 2;
  }
}
