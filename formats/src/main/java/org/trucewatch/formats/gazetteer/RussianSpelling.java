package org.trucewatch.formats.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Russian spellings of a Ukrainian place name, by the regular correspondences of the two
 * languages: GeoNames gives most villages only their Ukrainian name, while Russian texts (and
 * English ones romanised from Russian: "Maryinka", "Aleksandrovka") write them the Russian way.
 * Стара Збур'ївка : Старая Збурьевка; Шийківка : Шийковка, Шийкевка; Докучаєвськ : Докучаевск;
 * Черкаська Лозова : Черкасская Лозовая; Ясне : Ясное; Курахове : Курахово; Мар'їнка : Марьинка;
 * Олександрівка : Александровка; Великі Копані : Великие Копани; Нікополь : Никополь.
 *
 * <p>Where the correspondence is ambiguous (-івка is -овка or -евка, -ове is -ово or -овое) every
 * choice is given, at most {@link #MAX_SPELLINGS}; a wrong one is a name no text uses. Names that
 * are already Russian (with ы, э, ё, ъ) or whose spelling does not change give nothing.
 */
public final class RussianSpelling {
  /** Bounds the combinations of a multi-word name's choices. */
  static final int MAX_SPELLINGS = 8;

  private RussianSpelling() {}

  /** The Russian spellings of a Ukrainian name, capitalised as the name; empty when none differs. */
  public static List<String> of(String ukrainian) {
    return of(ukrainian, List.of());
  }

  /**
   * The same, with Russian spellings of the name's last word known from elsewhere, tried first:
   * the gazetteer gives the Russian names GeoNames has for the villages called by that word alone
   * (Знам'янка : Знаменка, Новосілка : Новоселка, Слобідка : Слободка), which the letter rules
   * cannot all derive; so Велика Знам'янка is Великая Знаменка.
   */
  public static List<String> of(String ukrainian, List<String> lastWordSpellings) {
    if (!CyrillicLanguage.of(ukrainian).contains(CyrillicLanguage.UKRAINIAN)) {
      return List.of();
    }
    String[] words = parts(ukrainian.trim());
    List<String> combos = new ArrayList<>(List.of(""));
    int wordCount = 0;
    for (String w : words) {
      if (w.equals(" ") || w.equals("-")) {
        combos.replaceAll(c -> c + w);
        continue;
      }
      wordCount++;
      boolean last = isLastWord(words, w);
      List<String> variants = word(w, last);
      if (last && wordCount >= 2 && !lastWordSpellings.isEmpty()) {
        Set<String> known = new LinkedHashSet<>(lastWordSpellings);
        known.addAll(variants);
        variants = List.copyOf(known);
      }
      List<String> next = new ArrayList<>();
      for (String c : combos) {
        for (String v : variants) {
          if (next.size() < MAX_SPELLINGS) {
            next.add(c + v);
          }
        }
      }
      combos = next;
    }
    Set<String> out = new LinkedHashSet<>(combos);
    out.remove(ukrainian);
    return wordCount == 0 ? List.of() : List.copyOf(out);
  }

  /** The words and the separators (" ", "-") between them, in order; no regular expression, this runs for every place. */
  private static String[] parts(String name) {
    List<String> out = new ArrayList<>(3);
    int from = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ' || c == '-') {
        if (i > from) {
          out.add(name.substring(from, i));
        }
        out.add(c == ' ' ? " " : "-");
        from = i + 1;
      }
    }
    if (from < name.length()) {
      out.add(name.substring(from));
    }
    return out.toArray(new String[0]);
  }

  private static boolean isLastWord(String[] parts, String w) {
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].equals(" ") && !parts[i].equals("-")) {
        return parts[i] == w;
      }
    }
    return true;
  }

  /**
   * The adjectives that most often open a village's name, by their Ukrainian stem, with the Russian
   * stem and whether the stem ends soft: Велика : Великая, Нова : Новая, Біла : Белая, Чорна :
   * Черная, Верхня : Верхняя. Their Russian forms are known, so they are written as such instead
   * of by the letter rules, which would give Билая and Чорная, Верхне for Верхнє, and spend the
   * bound on a name's choices on Велыкий and Новой.
   */
  private static final String[][] ADJECTIVES = {
      {"велик", "велик", "hard"}, {"мал", "мал", "hard"}, {"нов", "нов", "hard"}, {"стар", "стар", "hard"},
      {"біл", "бел", "hard"}, {"чорн", "черн", "hard"}, {"красн", "красн", "hard"}, {"зелен", "зелен", "hard"},
      {"верхн", "верхн", "soft"}, {"нижн", "нижн", "soft"}};

  /**
   * The Russian form of a known adjective before the noun ({@link #ADJECTIVES}) in the gender and
   * number of its Ukrainian ending, lower case; null when the word is none of them. Feminine -а, -я :
   * -ая, -яя; masculine -ий, -ій : -ый, -ий (-ий after к: Великий); neuter -е, -є : -ое, -ее; plural
   * -і : -ые, -ие.
   */
  static String knownAdjective(String lower) {
    for (String[] a : ADJECTIVES) {
      if (!lower.startsWith(a[0])) {
        continue;
      }
      String end = lower.substring(a[0].length());
      boolean soft = a[2].equals("soft");
      boolean velar = a[1].endsWith("к");
      String ru = switch (end) {
        case "а" -> soft ? null : "ая";
        case "я" -> soft ? "яя" : null;
        case "ий" -> soft ? null : velar ? "ий" : "ый";
        case "ій" -> soft ? "ий" : null;
        case "е" -> soft ? null : "ое";
        case "є" -> soft ? "ее" : null;
        case "і" -> soft || velar ? "ие" : "ые";
        default -> null;
      };
      if (ru != null) {
        return a[1] + ru;
      }
    }
    return null;
  }

  /**
   * Roots whose Ukrainian -м'ян- is Russian -мен-: Кам'янка : Каменка, Знам'янка : Знаменка,
   * Кам'янське : Каменское, Новокам'янка : Новокаменка; the adjective кам'яний doubles its н in
   * Russian (Кам'яна Балка : Каменная Балка, Кам'яне : Каменное).
   */
  private static String menRoots(String w) {
    String out = w;
    for (String root : new String[] {"кам", "знам"}) {
      for (char apostrophe : new char[] {'\'', '\u2019', '\u02bc'}) {
        String uk = root + apostrophe + "ян";
        int at = out.indexOf(uk);
        while (at >= 0) {
          String rest = out.substring(at + uk.length());
          boolean adjective = rest.equals("а") || rest.equals("е") || rest.equals("ий") || rest.equals("і");
          out = out.substring(0, at) + root + (adjective ? "енн" : "ен") + rest;
          at = out.indexOf(uk);
        }
      }
    }
    return out;
  }

  /** The Russian spellings of one word, its case kept. */
  private static List<String> word(String word, boolean last) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!last) {
      String adjective = knownAdjective(w);
      if (adjective != null) {
        return List.of(recase(adjective, word));
      }
    }
    w = menRoots(w);
    Set<String> stems = new LinkedHashSet<>();
    // ї closing a syllable before -ськ- is е: Чугуївський : Чугуевский, Миколаївська : Николаевская
    w = w.replace("ївськ", "евськ");
    List<String> ends = endings(w, last);
    for (String s : ends) {
      stems.add(letters(prefixes(s)));
    }
    // after the plain spellings, so that a many-word name's bound keeps those first
    for (String s : ends) {
      // Миколаївка is Николаевка: the и Russian writes for the prefix is no Ukrainian и
      String hard = w.startsWith("микола") ? null : hardI(s);
      if (hard != null) {
        stems.add(letters(prefixes(hard)));
      }
    }
    List<String> out = new ArrayList<>();
    for (String s : stems) {
      out.add(recase(s, word));
    }
    return out;
  }

  /** The word with its ending in each Russian form it may take. */
  private static List<String> endings(String w, boolean last) {
    // a village's suffix -івка is Russian -овка or -евка (Малинівка : Малиновка, Андріївка : Андреевка)
    if (w.endsWith("іївка")) {
      return List.of(cut(w, 5) + "еевка");
    }
    if (w.endsWith("'ївка") || w.endsWith("’ївка")) {
      return List.of(cut(w, 5) + "ьевка");
    }
    if (w.endsWith("ївка")) {
      return List.of(cut(w, 4) + "евка");
    }
    if (w.endsWith("івка")) {
      return List.of(cut(w, 4) + "овка", cut(w, 4) + "евка");
    }
    // adjectives in -ськ-/-цьк-: Черкаська : Черкасская, Покровське : Покровское, Донецьк : Донецк
    for (String[] e : new String[][] {{"ська", "ская"}, {"цька", "цкая"}, {"ське", "ское"}, {"цьке", "цкое"},
        {"ський", "ский"}, {"цький", "цкий"}, {"ські", "ские"}, {"цькі", "цкие"}}) {
      if (w.endsWith(e[0])) {
        String stem = cut(w, e[0].length());
        // Ukrainian writes one с where Russian has two: Черкаська : Черкасская, Одеська : Одесская
        return e[1].startsWith("с") ? List.of(stem + e[1], stem + "с" + e[1]) : List.of(stem + e[1]);
      }
    }
    // a possessive in -ове, -еве, -ине is -ово, -ево, -ино (Курахове : Курахово, Очеретине : Очеретино),
    // or an adjective -овое (Степове : Степовое)
    if (w.endsWith("ове") || w.endsWith("еве") || w.endsWith("єве") || w.endsWith("ине")) {
      String stem = cut(w, 1);
      return List.of(stem + "о", stem + "ое");
    }
    // after ц Russian writes а where Ukrainian writes я: Криниця : Криница, Водиця : Водица
    if (w.endsWith("ця") && w.length() >= 4) {
      return List.of(cut(w, 1) + "а");
    }
    // an adjective in -нн-: the і closing its stem is mostly Russian е (Кремінна : Кременная, Камінне :
    // Каменное, Сінне : Сенное, but Кінне : Конное), and its ending -а, -е is -ая, -ое
    if (w.endsWith("інна") || w.endsWith("інне")) {
      String stem = cut(w, 4);
      String end = w.endsWith("а") ? "нная" : "нное";
      return List.of(stem + "е" + end, stem + "і" + end, stem + "о" + end);
    }
    if (last && w.endsWith("нна") && w.length() >= 5) {
      // Благословенна : Благословенная
      return List.of(w + "я");
    }
    // the noun поле is spelt alike (Нове Поле : Новое Поле), no adjective in -ле
    if (last && w.equals("поле")) {
      return List.of(w);
    }
    // an adjective's neuter -е is -ое: Ясне : Ясное, Широке : Широкое, Веселе : Веселое
    if (w.endsWith("не") || w.endsWith("ке") || w.endsWith("ле") || w.endsWith("ре") || w.endsWith("де")) {
      return List.of(cut(w, 1) + "ое");
    }
    if (!last) {
      // an adjective before the noun: Стара : Старая, Велика : Великая, Великі : Великие, Кривий : Кривой
      if (w.endsWith("а") && w.length() >= 4) {
        return List.of(w + "я");
      }
      // a soft adjective: Верхня : Верхняя, Нижня : Нижняя, Середня : Средняя (the е is kept: a name no text uses)
      if (w.endsWith("ня") && w.length() >= 5) {
        return List.of(w + "я");
      }
      // and its neuter: Середнє : Среднее
      if (w.endsWith("нє") && w.length() >= 5) {
        return List.of(cut(w, 1) + "ее");
      }
      if (w.endsWith("і") && w.length() >= 4) {
        return List.of(cut(w, 1) + "ие");
      }
      if (w.endsWith("ий") && w.length() >= 4) {
        return List.of(cut(w, 2) + "ой", cut(w, 2) + "ый", w);
      }
    }
    if (last && w.endsWith("ова") && w.length() >= 5) {
      // an adjective as the noun: Лозова : Лозовая
      return List.of(w + "я", w);
    }
    // a closed final syllable with і has о or е in Russian: Харків : Харьков, Ріг : Рог, Київ : Киев
    if (w.length() >= 3 && w.charAt(w.length() - 2) == 'і' && "бвгджзклмнпрстфхцчшщ".indexOf(w.charAt(w.length() - 1)) >= 0) {
      String head = cut(w, 2);
      return List.of(head + "о" + w.charAt(w.length() - 1), head + "е" + w.charAt(w.length() - 1));
    }
    // and before a soft sign: Сіль : Соль, Ямпіль : Ямполь
    if (w.length() >= 4 && w.endsWith("ь") && w.charAt(w.length() - 3) == 'і'
        && "бвгджзклмнпрстфхцчшщ".indexOf(w.charAt(w.length() - 2)) >= 0) {
      String head = cut(w, 3);
      String tail = w.substring(w.length() - 2);
      return List.of(head + "о" + tail, head + "е" + tail);
    }
    // a plural name's -и after a hard consonant is -ы: Подоли : Подолы, Гути : Гуты, Кути : Куты
    if (last && w.length() >= 4 && w.endsWith("и") && "бвдзлмнпрстф".indexOf(w.charAt(w.length() - 2)) >= 0) {
      return List.of(cut(w, 1) + "ы");
    }
    if (w.endsWith("їв")) {
      return List.of(cut(w, 2) + "ев");
    }
    // a final -ць is -ц: Марганець : Марганец; -пілля is -полье: Білопілля : Белополье
    if (w.endsWith("ець")) {
      return List.of(cut(w, 1));
    }
    if (w.endsWith("ілля")) {
      return List.of(cut(w, 4) + "олье", cut(w, 4) + "илье");
    }
    return List.of(w);
  }

  /** Word beginnings that differ: Олександрівка : Александровка, Миколаївка : Николаевка, Підгірне : Подгорное. */
  private static String prefixes(String w) {
    for (String[] p : new String[][] {{"олекс", "алекс"}, {"микола", "никола"}, {"під", "под"}, {"біло", "бело"},
        {"чорно", "черно"}, {"нижньо", "нижне"}, {"верхньо", "верхне"}}) {
      if (w.startsWith(p[0])) {
        return p[1] + w.substring(p[0].length());
      }
    }
    return w;
  }

  /**
   * The word with every Ukrainian и after a hard consonant written ы, or null when it has none:
   * Ukrainian writes one и for Russian и and ы, so Кізомис is Кизомыс and Рибне is Рыбное (while
   * Мирне is Мирное: the plain spelling is given too). Not after к, г, х, ж, ш, ч, щ, ц, where
   * Russian writes и; not the adjective ending -ий (Кривий : Кривой is {@link #endings}); the
   * word's і, which is Russian и, is still і here.
   */
  private static String hardI(String w) {
    StringBuilder sb = null;
    for (int i = 1; i < w.length(); i++) {
      if (w.charAt(i) != 'и' || "бвдзлмнпрстф".indexOf(w.charAt(i - 1)) < 0) {
        continue;
      }
      if (i == w.length() - 2 && w.charAt(i + 1) == 'й') {
        continue;
      }
      // the possessive suffix -ин- is Russian -ин- (Очеретине : Очеретино, Мар'їне : Марьино)
      if (w.startsWith("н", i + 1) && (w.endsWith("ино") || w.endsWith("иное") || w.endsWith("ине")) && i >= w.length() - 4) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(w);
      }
      sb.setCharAt(i, 'ы');
    }
    return sb == null ? null : sb.toString();
  }

  /** The letters Russian writes otherwise: і : и, ї : и (ьи after an apostrophe), є : е (ье), ґ : г. */
  private static String letters(String w) {
    StringBuilder sb = new StringBuilder(w.length() + 2);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean apostrophe = c == '\'' || c == '\u2019' || c == '\u02bc';
      if (apostrophe) {
        char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
        // Мар'їнка : Марьинка, Мар'янівка : Марьяновка; Куп'янськ : Купянск keeps no sign
        if (next == 'ї' || next == 'є') {
          sb.append('ь');
        }
        continue;
      }
      switch (c) {
        case 'і' -> sb.append('и');
        case 'ї' -> sb.append('и');
        case 'є' -> sb.append('е');
        case 'ґ' -> sb.append('г');
        default -> sb.append(c);
      }
    }
    // the soft sign of -ськ/-цьк is not written in Russian: Донецьк : Донецк, Куп'янськ : Купянск
    return sb.toString().replace("ськ", "ск").replace("цьк", "цк");
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }

  /** The generated lower-case word written with the original's capitals (first letter, or all). */
  private static String recase(String lower, String original) {
    if (lower.isEmpty()) {
      return lower;
    }
    boolean allUpper = original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT));
    if (allUpper) {
      return lower.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
    return lower;
  }
}
