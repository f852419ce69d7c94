package org.trucewatch.formats.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stems of Ukrainian and Russian place names, so that inflected forms in running text find their
 * place: "у Харкові" and "в Харькове" find Харків, "у Золочеві" Золочів, "у Києві" Київ, "у
 * Запоріжжі" Запоріжжя. Both sides are reduced to stems: the name by dropping its final vowel and
 * by the і/ї alternation of closed final syllables (Харків : Харкова), the word by dropping a case
 * ending. This was the gazetteer's first way of matching inflected words; it stays here to be
 * measured against {@link CyrillicDeclension} in {@link InflectionComparisonTest}.
 */
public final class CyrillicInflection {
  /** Case endings, longest first so that "-ові" goes before "-і". */
  private static final List<String> ENDINGS = List.of(
      "ьому", "ому", "ові", "еві", "єві", "ами", "ями", "ою", "ею", "єю", "ом", "ем", "ах", "ях", "ів", "ой", "ей",
      "ым", "им", "а", "я", "у", "ю", "і", "ї", "е", "є", "и", "ы", "о");
  private static final String FINAL_VOWELS = "аяоеєіїиыйуюь";

  private CyrillicInflection() {}

  /** The stems a name is inflected on (lower case), the name itself included. */
  public static Set<String> nameStems(String name) {
    String n = NameKey.of(name);
    Set<String> out = new LinkedHashSet<>();
    out.add(n);
    if (n.isEmpty() || n.indexOf(' ') >= 0) {
      return out;
    }
    String stem = n;
    while (!stem.isEmpty() && FINAL_VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      stem = stem.substring(0, stem.length() - 1);
    }
    out.add(stem);
    // a closed final syllable with і opens to о or е when inflected: Харків : Харкова, Золочів : Золочева
    int len = stem.length();
    if (len >= 3 && FINAL_VOWELS.indexOf(stem.charAt(len - 1)) < 0) {
      char v = stem.charAt(len - 2);
      if (v == 'і') {
        out.add(stem.substring(0, len - 2) + "о" + stem.charAt(len - 1));
        out.add(stem.substring(0, len - 2) + "е" + stem.charAt(len - 1));
      } else if (v == 'ї') {
        out.add(stem.substring(0, len - 2) + "є" + stem.charAt(len - 1));
      }
    }
    return out;
  }

  /** The stems a word of running text may be inflected from (lower case), the word itself first. */
  public static Set<String> wordStems(String word) {
    String w = NameKey.of(word);
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    for (String e : ENDINGS) {
      if (w.endsWith(e) && w.length() - e.length() >= 3) {
        out.add(w.substring(0, w.length() - e.length()));
      }
    }
    return out;
  }
}
