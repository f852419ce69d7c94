package org.trucewatch.formats.text;

import java.util.List;
import java.util.Set;

/**
 * A number of vehicles: "постраждали три транспортні засоби", "пострадало два гражданских автомобиля", "three cars were
 * hit", "zwei Autos". Ukrainian and Russian say "постраждали"/"пострадали" of things as of people, so the noun after the
 * number, not the verb, tells that it counts no one.
 */
final class CountedVehicles {
  /** Nouns of vehicles, in the cases a number takes them in (exact words: "машиніст" is a person). */
  private static final Set<String> NOUNS = Set.of(
      "автомобіль", "автомобілі", "автомобіля", "автомобілів", "автівка", "автівки", "автівок", "машина", "машини", "машин",
      "засоби", "засобів", "вантажівка", "вантажівки", "вантажівок", "автобус", "автобуси", "автобусів", "автобуса",
      "автомобиль", "автомобиля", "автомобилей", "автомобили", "машины", "средства", "средств", "грузовика", "грузовиков",
      "грузовик", "автобусов",
      "car", "cars", "vehicle", "vehicles", "truck", "trucks", "bus", "buses",
      "auto", "autos", "fahrzeug", "fahrzeuge", "fahrzeugen", "pkw", "lkw", "busse", "bussen");

  private CountedVehicles() {}

  /** Whether the noun of the number ending at {@code end}, right after it or past one adjective, is a vehicle's. */
  static boolean at(List<Token> tokens, int end) {
    if (end + 1 < tokens.size() && NOUNS.contains(tokens.get(end + 1).lower())) {
      return true;
    }
    // "три транспортні засоби", "два гражданских автомобиля": an adjective between
    return end + 2 < tokens.size() && tokens.get(end + 1).word() && !tokens.get(end + 1).capitalised()
        && NOUNS.contains(tokens.get(end + 2).lower());
  }
}
