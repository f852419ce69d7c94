package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A two-word Ukrainian village named in Russian, adjective and noun: "Великая Знаменка" is Велика
 * Знам'янка, "Новая Маячка" Нова Маячка. The gazetteer knows the Russian name of the noun alone
 * (Знаменка, the town Знам'янка), not of the pair, so the pair is read as the adjective put into
 * Ukrainian before the noun's Ukrainian name; without this the noun's town is taken for the village.
 */
final class RussianAdjectiveName {
  /** Russian adjective stems (any case ending after them) and their Ukrainian stems. */
  private static final Map<String, String> STEMS = Map.of("велик", "велик", "мал", "мал", "нов", "нов", "стар", "стар",
      "верхн", "верхн", "нижн", "нижн", "красн", "красн", "бел", "біл", "черн", "чорн", "зелен", "зелен");
  /** Ukrainian endings of the nominative: feminine, masculine, neuter, hard and soft. */
  private static final List<String> ENDINGS = List.of("а", "ий", "е", "я", "ій", "є");

  private RussianAdjectiveName() {}

  /** The places {@code adjective noun} names read this way; empty when the adjective is none of these. */
  static List<Place> places(Gazetteer gazetteer, String adjective, String noun) {
    String lower = adjective.toLowerCase(java.util.Locale.ROOT);
    String stem = null;
    for (Map.Entry<String, String> e : STEMS.entrySet()) {
      String rest = lower.startsWith(e.getKey()) ? lower.substring(e.getKey().length()) : null;
      // "Великая", "Великой", "Новую", "Новое", "Нижний": the stem then a case ending of two or three letters
      if (rest != null && rest.length() >= 2 && rest.length() <= 3 && (stem == null || e.getKey().length() > stem.length())) {
        stem = e.getKey();
      }
    }
    if (stem == null) {
      return List.of();
    }
    String ukStem = STEMS.get(stem);
    List<Place> nouns = new ArrayList<>(gazetteer.byName(noun));
    gazetteer.byInflectedWord(noun).stream().filter(p -> !nouns.contains(p)).forEach(nouns::add);
    List<Place> out = new ArrayList<>();
    for (String uk : nouns.stream().map(Place::canonical).distinct().sorted().toList()) {
      for (String ending : ENDINGS) {
        String head = Character.toUpperCase(ukStem.charAt(0)) + ukStem.substring(1) + ending;
        gazetteer.byName(head + " " + uk).stream().filter(p -> !out.contains(p)).forEach(out::add);
      }
    }
    out.sort(java.util.Comparator.comparingLong(Place::population).reversed().thenComparingLong(Place::geonameId));
    return out;
  }
}
