package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * Communities and districts named in Latin script, as the English and German press name them:
 * by the seat's name, by the community's adjective ("Semenivska community", "Gemeinde
 * Myropilska", "Korolewezka") or by its bare stem ("Gemeinden Tscherwonohryhoriw und Myriw"),
 * alone or in a list that shares one head noun ("the Myropil, Esman and Svesa communities",
 * "Bohodukhiv, Chuhuiv and Kupiansk districts"). A community is placed at its seat; a district is
 * no settlement.
 */
final class LatinCommunity {
  /** Head nouns of a community, before or after its name. */
  static final Set<String> COMMUNITY_HEADS = Set.of("community", "communities", "hromada", "hromadas", "gemeinde", "gemeinschaft",
      "gemeinden", "territorial");
  /** Head nouns of a raion in the plural, after a list of names: each of the list is a raion, none a settlement. */
  static final Set<String> DISTRICT_HEADS = Set.of("districts", "raions", "rayons", "bezirke", "bezirken", "rajone",
      "rajonen", "landkreise", "landkreisen");
  /**
   * Head nouns of a city's districts: "in den Stadtbezirken Dniprowski und Desnjanski" names parts of
   * the city the text places the event in, not the villages that share a district's adjective.
   */
  static final Set<String> CITY_DISTRICT_HEADS = Set.of("stadtbezirk", "stadtbezirke", "stadtbezirken", "stadtbezirks",
      "stadtteil", "stadtteile", "stadtteilen", "stadtteils");
  /** Words that may stand inside a list of names. */
  private static final Set<String> LIST_LINKS = Set.of(",", "and", "or", "und", "oder", "the", "die", "der", "as",
      "well", "sowie",
      // "The affected communities include Khotyn, Yunakiv, ...", "communities such as", "Gemeinden, darunter Myriw"
      "include", "includes", "included", "including", "such", "darunter");
  /** First words of a two-word seat that its community's adjective joins to the next with "o": Velyka Pysarivka. */
  private static final List<String> COMPOUND_PREFIXES = List.of("velyko", "welyko", "malo", "novo", "staro",
      // "Werchnjosyrowatska", "Nyzhniosirohozka": Верхня Сироватка, Нижні Сірогози (KMU "nio", Duden "njo")
      "verkhnio", "werchnjo", "nyzhnio", "nyschnjo");
  /** How many tokens a list of names may span. */
  private static final int LIST_REACH = 14;

  private LatinCommunity() {}

  /**
   * The index of the head noun (of {@code heads}) that a capitalised name at {@code i} is one of:
   * right after it or after the rest of its list ("Myropil, Esman and Svesa communities"), or right
   * before the list ("die Gemeinden Marhanez und Tscherwonohryhoriw", "Gemeinde Swesa"); -1 when none.
   */
  static int head(List<Token> tokens, int i, Set<String> heads) {
    for (int k = i + 1; k < tokens.size() && k <= i + LIST_REACH; k++) {
      Token t = tokens.get(k);
      if (heads.contains(t.lower())) {
        return k;
      }
      if (!(t.word() && t.capitalised() || LIST_LINKS.contains(t.lower()))) {
        break;
      }
    }
    for (int k = i - 1; k >= 0 && k >= i - LIST_REACH; k--) {
      Token t = tokens.get(k);
      if (heads.contains(t.lower())) {
        // the plural before a list, the singular right before its one name
        return t.lower().endsWith("n") || t.lower().endsWith("s") || k == i - 1 ? k : -1;
      }
      if (!(t.word() && t.capitalised() || LIST_LINKS.contains(t.lower()))) {
        break;
      }
    }
    return -1;
  }

  /**
   * The seats a community's Latin name may mean: the name as written, then the nouns its adjective
   * or stem comes from, Ukrainian word formation in English and German spelling ("-ivska"/"-iwska"/"-ivsk" :
   * "-ivka"/"-iwka", "-ilska" : "-illia", "-etska"/"-ezka" : "-ets"/"-ez", "-ska" : "-ske", "-iv" :
   * "-ivka", "-il" : "-illia", "-yriv" : "-yrove"); those in the text's regions if any, largest first.
   */
  static List<Place> seats(Gazetteer gazetteer, String name, List<String> contextRegions) {
    Set<Place> all = new LinkedHashSet<>();
    for (String s : spellings(name)) {
      all.addAll(gazetteer.byName(s));
    }
    if (all.isEmpty()) {
      // "Velykopysarivska", "Welykomychajliwska": the two-word seat's first word joined to the adjective
      all.addAll(compoundSeats(gazetteer, name));
    }
    List<Place> in = new ArrayList<>(all.stream().filter(p -> contextRegions.contains(p.region())).toList());
    List<Place> out = in.isEmpty() ? new ArrayList<>(all) : in;
    // a community bears the name of its seat, mostly the largest place of the spellings: Myropillia, not Myropilske
    out.sort(java.util.Comparator.comparingLong(Place::population).reversed());
    return out;
  }

  /**
   * The seats of a community whose adjective joins a two-word seat's first word with "o" ("Velykopysarivska" :
   * Velyka Pysarivka, "Malodanylivska" : Mala Danylivka), as {@link CompoundCommunity} reads the Cyrillic; empty when none.
   */
  private static List<Place> compoundSeats(Gazetteer gazetteer, String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String prefix : COMPOUND_PREFIXES) {
      if (lower.startsWith(prefix) && name.length() > prefix.length() + 5) {
        String rest = Character.toUpperCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
        String first = name.substring(0, prefix.length() - 1);
        Set<Place> out = new LinkedHashSet<>();
        // the first word agrees with the second: Velyka Pysarivka, Velyke Bobryk, Velykyi Burluk
        for (String ending : List.of("a", "e", "yi", "yj", "i")) {
          for (String s : spellings(rest)) {
            out.addAll(gazetteer.byName(first + ending + " " + s));
          }
        }
        if (!out.isEmpty()) {
          return new ArrayList<>(out);
        }
      }
    }
    return List.of();
  }

  /**
   * Whether the capitalised word at {@code i} is a community's adjective standing alone, the gazetteer knowing no
   * place of that spelling: the feminine "-ska", "-zka" agrees with the community word left out ("in Khotynska and
   * Bilopilska", "in der Grenzgemeinde Semenivska"); a given name before it makes it a woman's surname (Olena Zelenska).
   */
  static boolean adjectiveAlone(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    if (w.length() < 7 || !(w.endsWith("ska") || w.endsWith("zka") || w.endsWith("cka"))) {
      return false;
    }
    if (i == 0 || !(tokens.get(i - 1).word() && tokens.get(i - 1).capitalised())) {
      return true;
    }
    // German capitalises its nouns: "in der Grenzgemeinde Semenivska" has the community word before it
    String before = tokens.get(i - 1).lower();
    return before.endsWith("gemeinde") || COMMUNITY_HEADS.contains(before);
  }

  /** The seat spellings a community's name may stand for, the name as written first. */
  static List<String> spellings(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    String stem = name;
    // "Esmanskaya", "Krasnopolskaya": the Russian adjective as machine translations of Russian posts write it
    for (String ending : List.of("skaja", "skaya", "skoy", "skoi", "skyi", "skyj", "skij", "skiy", "ska", "sky", "ske",
        // "die Gemeinden Mirivsk und Chervonohryhorivsk": the adjective's stem with its "sk" (Мирівськ-а)
        "sk")) {
      if (name.length() > ending.length() + 3 && name.endsWith(ending)) {
        stem = name.substring(0, name.length() - ending.length());
        // "Marhanetska", "Korolewezka": the noun ends where the adjective's "ka" begins
        if (ending.startsWith("sk") && (stem.endsWith("t") || stem.endsWith("e"))) {
          out.add(stem + "s");
        }
        out.add(stem + "ske");
        out.add(stem + "sk");
        break;
      }
    }
    if (name.endsWith("zka") || name.endsWith("tska")) {
      out.add(name.substring(0, name.length() - (name.endsWith("zka") ? 2 : 3)));
    }
    // "Marhanezkyj", "Marhanetskyi": the masculine adjective of a noun in "-ez"/"-ets" (Марганецький : Марганець)
    for (String ending : List.of("zkyj", "zkyi", "zkij", "zkiy", "tskyi", "tskyj", "tskiy")) {
      if (name.length() > ending.length() + 3 && name.endsWith(ending)) {
        out.add(name.substring(0, name.length() - ending.length() + (ending.startsWith("z") ? 1 : 2)));
      }
    }
    // "Seredyno-Buda", "Seredino-Budskaya": the compound adjective's linking "o" (Середино-Будська громада) stands for
    // the first noun's "a" (Середина-Буда)
    int hyphen = stem.indexOf('-');
    if (hyphen > 3 && stem.charAt(hyphen - 1) == 'o') {
      String first = stem.substring(0, hyphen - 1) + "a" + stem.substring(hyphen);
      out.add(first);
      out.add(first + "a");
      stem = first;
    }
    out.add(stem);
    out.add(stem + "ka");
    // "Seredina-Budskaya" : Seredina-Buda, a noun in "-a"
    out.add(stem + "a");
    out.add(stem + "e");
    out.add(stem + "y");
    if (stem.endsWith("il") || stem.endsWith("pol")) {
      out.add(stem + "lia");
      out.add(stem + "lja");
      out.add(stem + "lya");
    }
    // "Krasnopolskaya" : Krasnopolye (Краснополье, the Russian noun in "-ье" its adjective comes from)
    if (stem.endsWith("ol")) {
      out.add(stem + "ye");
    }
    // "Krasnopilia": the Ukrainian "-лля" written with one l
    if (name.endsWith("ilia") || name.endsWith("ilja") || name.endsWith("ilya")) {
      out.add(name.substring(0, name.length() - 3) + "l" + name.substring(name.length() - 3));
    }
    // "Starokostiantynivka hromada", "Myrivka hromada", "Mezhivka communities": the adjective (Старокостянтинівська,
    // Мирівська, Межівська) turned back into a name as if its seat ended in "-ivka"; the seat may end in "-iv" too
    if (stem.endsWith("ivka") || stem.endsWith("iwka")) {
      stem = stem.substring(0, stem.length() - 2);
      out.add(stem);
    }
    // "Myriw", "Myrivska": Мирівська громада of Мирове (of Межова: "Mezhivka"), the "i" of the closed syllable an "o"
    if (stem.endsWith("iv") || stem.endsWith("iw")) {
      String base = stem.substring(0, stem.length() - 2);
      out.add(base + (stem.endsWith("v") ? "ove" : "owe"));
      out.add(base + (stem.endsWith("v") ? "ova" : "owa"));
      out.add(base + (stem.endsWith("v") ? "ivka" : "iwka"));
    }
    return new ArrayList<>(out);
  }
}
