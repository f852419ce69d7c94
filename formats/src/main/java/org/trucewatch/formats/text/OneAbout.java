package org.trucewatch.formats.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * News about one casualty named by a participle noun in the singular after "about": "сообщил о
 * погибшем — мужчине 39 лет", "известно о раненом мужчине", "щодо потерпілого: його життю нічого не
 * загрожує". The singular ending says one person; the participle says the category.
 */
final class OneAbout {
  /** The prepositions of news about someone. */
  private static final Set<String> ABOUT = Set.of("о", "об", "про", "щодо", "относительно");
  /** The singular participle nouns after them, in the cases those prepositions take, by category. */
  private static final Map<String, String> ONE = Map.ofEntries(
      Map.entry("погибшем", "killed"), Map.entry("погибшей", "killed"), Map.entry("погибшего", "killed"),
      Map.entry("раненом", "injured"), Map.entry("раненой", "injured"), Map.entry("раненого", "injured"),
      Map.entry("пострадавшем", "injured"), Map.entry("пострадавшей", "injured"), Map.entry("пострадавшего", "injured"),
      Map.entry("загиблого", "killed"), Map.entry("загиблу", "killed"), Map.entry("загиблої", "killed"),
      Map.entry("пораненого", "injured"), Map.entry("поранену", "injured"), Map.entry("пораненої", "injured"),
      Map.entry("потерпілого", "injured"), Map.entry("потерпілу", "injured"), Map.entry("потерпілої", "injured"),
      Map.entry("постраждалого", "injured"), Map.entry("постраждалу", "injured"), Map.entry("постраждалої", "injured"));

  private OneAbout() {}

  /** One casualty and the token that names it. */
  record One(String category, int first, int last) {}

  /** The casualties told about one by one in the tokens: "о погибшем", "щодо потерпілого". */
  static List<One> find(List<Token> tokens) {
    List<One> out = new java.util.ArrayList<>();
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String category = ONE.get(tokens.get(k + 1).lower());
      if (category != null && ABOUT.contains(tokens.get(k).lower())) {
        out.add(new One(category, k, k + 1));
      }
    }
    return out;
  }
}
