package org.trucewatch.formats.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The case forms of a one-word Ukrainian or Russian place name, generated from its nominative by
 * the declension class its ending shows, so that running text finds the place by an exact form:
 * Харків : Харкова, Харкову, Харкові, Харковом; Куп'янськ : Куп'янська, Куп'янську, Куп'янськом;
 * Авдіївка : Авдіївки, Авдіївці, Авдіївку, Авдіївкою; Херсон : Херсоне (ru); Очеретине :
 * Очеретиного, Очеретиному; Суми : Сум, Сумах, Сумами. Measured against a stemmer (Lucene's
 * Russian snowball) and against stripping endings, exact forms find as many places and take far
 * fewer ordinary words for villages (see docs/ground-layer.md).
 *
 * <p>Multi-word names ("Часів Яр", "Мала Рогань", "Кривий Ріг") are declined word by word
 * ({@link #wordForms}): "у Часовому Яру", "Малої Рогані", "у Кривому Розі".
 */
public final class CyrillicDeclension {
  private CyrillicDeclension() {}

  /** Every case form of a name (keys: lower case, see {@link NameKey}), the nominative first. */
  public static Set<String> forms(String name) {
    String n = NameKey.of(name);
    Set<String> out = new LinkedHashSet<>();
    out.add(n);
    if (n.length() < 3 || n.indexOf(' ') >= 0) {
      return out;
    }
    boolean uk = CyrillicLanguage.of(name).contains(CyrillicLanguage.UKRAINIAN);
    boolean ru = CyrillicLanguage.of(name).contains(CyrillicLanguage.RUSSIAN);
    char last = n.charAt(n.length() - 1);
    String stem = n.substring(0, n.length() - 1);
    if (n.endsWith("ий") || n.endsWith("ій") || n.endsWith("ый") || n.endsWith("ой")) {
      // adjectival masculine: Світлий : Світлого, Світлому, Світлим; Красный : Красного, Красном
      String s = n.substring(0, n.length() - 2);
      add(out, s, "ого", "ому", "им", "ім", "ом", "ым");
    } else if (n.endsWith("ське") || n.endsWith("цьке") || n.endsWith("не") || n.endsWith("ве") || n.endsWith("ке")
        || n.endsWith("ине") || n.endsWith("ове") || n.endsWith("еве") || n.endsWith("єве") || n.endsWith("ьке")) {
      // Ukrainian adjectival neuter: Очеретине : Очеретиного, Очеретиному, Очеретиним; Курахове
      add(out, stem, "ого", "ому", "им", "ім");
      // or a noun in -е: Гуляйполе : Гуляйполя, Гуляйполі
      add(out, stem, "я", "і", "ем");
    } else if (n.endsWith("ая") || n.endsWith("яя")) {
      // Russian adjectival feminine: Кременная : Кременной, Кременную
      add(out, n.substring(0, n.length() - 2), "ой", "ую", "ей", "юю");
    } else if (n.endsWith("ие") || n.endsWith("ые")) {
      // Russian adjectival plural: Великие : Великих, Великим, Великими
      String s = n.substring(0, n.length() - 2);
      add(out, s, "их", "им", "ими", "ых", "ым", "ыми");
    } else if (n.endsWith("ье") || n.endsWith("ьё")) {
      // Russian neuter in -ье: Запорожье : Запорожья, Запорожью, Запорожьем
      add(out, stem, "я", "ю", "ем");
    } else if (n.endsWith("ое") || n.endsWith("ее")) {
      // Russian adjectival neuter: Весёлое : Весёлого, Весёлом
      add(out, n.substring(0, n.length() - 2), "ого", "ому", "ом", "ым", "им");
    } else if (last == 'а' || last == 'я') {
      feminine(out, n, stem, last == 'я', uk, ru);
    } else if (last == 'о' || last == 'е') {
      // neuter noun: Дніпро : Дніпра, Дніпру, Дніпрі, Дніпром; Russian -ово names stay as they are
      add(out, stem, "а", "у", "і", "ом", "е", "ем");
      if (last == 'е') {
        // a neuter noun in -е that is no adjective has a soft stem: Гуляйполе : Гуляйполя, Гуляйполю (поле : полю)
        add(out, stem, "я", "ю");
      }
    } else if (last == 'и' || last == 'і' || last == 'ы') {
      plural(out, n, stem);
    } else if ("бвгґджзйклмнпрстфхцчшщь".indexOf(last) >= 0) {
      masculine(out, n, uk);
    }
    return out;
  }

  /**
   * The case forms of one word of a multi-word name. A word before the last that ends like a
   * short possessive adjective (Часів, Іванів, Ильин) declines as an adjective: Часового,
   * Часовому; the others as {@link #forms} declines a one-word name (Кривий : Кривому, Ріг : Розі).
   */
  public static Set<String> wordForms(String word, boolean beforeLast) {
    Set<String> out = forms(word);
    String n = NameKey.of(word);
    if (n.length() == 2 && "бвгґджзклмнпрстфхцчшщ".indexOf(n.charAt(1)) >= 0) {
      // a short noun, too short to decline on its own, is safe within its name: Яр : Яру, Ярі, Яре
      add(out, n, "а", "у", "і", "ом", "ові", "е");
    }
    if (beforeLast && n.length() >= 5 && RUSSIAN_ADJECTIVE_ENDINGS.contains(n.substring(n.length() - 2))) {
      // a Russian adjective before the noun in any gender and number: texts name a village by its
      // name's plural or other gender too ("в селе Верхние Криницы" for Верхняя Криница)
      String s = n.substring(0, n.length() - 2);
      boolean soft = n.endsWith("яя") || n.endsWith("ее") || n.endsWith("ие") && "кгхжшчщ".indexOf(s.charAt(s.length() - 1)) < 0;
      boolean velar = "кгхжшчщ".indexOf(s.charAt(s.length() - 1)) >= 0;
      if (soft) {
        add(out, s, "яя", "ей", "юю", "ий", "его", "ему", "им", "ем", "ее", "ие", "их", "ими");
      } else {
        String y = velar ? "и" : "ы";
        add(out, s, "ая", "ой", "ую", y + "й", "ого", "ому", y + "м", "ом", "ое", y + "е", y + "х", y + "ми");
      }
    }
    if (beforeLast && n.length() >= 4) {
      String head = n.substring(0, n.length() - 2);
      if (n.endsWith("ів") || n.endsWith("їв")) {
        add(out, head + (n.endsWith("їв") ? "єв" : "ов"), "ого", "ому", "им", "ім", "а", "ої", "ій", "у");
      } else if (n.endsWith("ов") || n.endsWith("ев") || n.endsWith("ин") || n.endsWith("ын")) {
        add(out, n, "ого", "ому", "ым", "им", "ом", "ой", "ую");
      }
    }
    return out;
  }

  /** Nominative endings of a Russian adjective whose other genders and numbers {@link #wordForms} adds. */
  private static final Set<String> RUSSIAN_ADJECTIVE_ENDINGS = Set.of("ая", "яя", "ое", "ее", "ые", "ие", "ый");

  /** Case endings of an adjective in -ськ-/-цьк- (uk) or -ск- (ru), longest first. */
  private static final String[] ADJECTIVE_ENDINGS = {"ою", "ої", "ій", "ою", "ого", "ому", "ая", "ое", "ой", "ую", "ий", "ом",
      "а", "у", "і", "е"};

  /**
   * The nominatives a community's (громада, община) adjective may be made from, most likely
   * first: Андріяшівській : Андріяшівка, Очеретинська : Очеретине, Сумської : Суми, Ямпільська :
   * Ямпіль, Марганецькій : Марганець, Покровська : Покровськ, Покровське, Милівської : Милове,
   * Білопільська : Білопілля; Андреевской (ru) : Андреевка. Empty when the word is no such
   * adjective. Keys as {@link NameKey} gives them.
   */
  public static List<String> communitySeats(String adjective) {
    String a = NameKey.of(adjective);
    int space = a.lastIndexOf(' ');
    if (space > 0) {
      // Середино-Будська : Середина-Буда; the first part joins by a linking -о
      String first = a.substring(0, space);
      List<String> out = new ArrayList<>();
      for (String last : communitySeats(a.substring(space + 1))) {
        out.add(first + " " + last);
        if (first.endsWith("о")) {
          String stem = first.substring(0, first.length() - 1);
          out.add(stem + "а " + last);
          out.add(stem + "е " + last);
          out.add(stem + "і " + last);
        }
      }
      return out;
    }
    String base = null;
    boolean soft = false;
    for (String e : ADJECTIVE_ENDINGS) {
      for (String suffix : new String[] {"ськ", "цьк", "цк", "ск"}) {
        if (a.endsWith(suffix + e) && a.length() > suffix.length() + e.length() + 2) {
          base = a.substring(0, a.length() - suffix.length() - e.length());
          soft = suffix.equals("цьк") || suffix.equals("цк");
          break;
        }
      }
      if (base != null) {
        break;
      }
    }
    if (base == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (soft) {
      // Марганецька : Марганець, Донецька : Донецьк, Тростянецька : Тростянець; Марганецкая (ru) : Марганец
      out.add(base + "ць");
      out.add(base + "цьк");
      out.add(base + "ц");
      out.add(base + "цк");
      return out;
    }
    // the seat's name may itself be an adjective: Новгород-Сіверська : Новгород-Сіверський, Каменская : Каменский
    for (String end : new String[] {"ка", "е", "", "и", "і", "ськ", "ське", "ь", "о", "а", "я", "ское", "ы", "ський", "ский"}) {
      out.add(base + end);
    }
    if (base.endsWith("ів") || base.endsWith("їв")) {
      // the closed syllable opens in the name: Милівська : Милове, Кам'янське-type -ове/-еве names
      String head = base.substring(0, base.length() - 2);
      out.add(head + "ове");
      out.add(head + "еве");
      out.add(head + "єве");
      out.add(head + "ів");
      out.add(head + "івка");
      // Межівська : Межова, and names in -ово
      out.add(head + "ова");
      out.add(head + "ово");
    }
    if (base.endsWith("ин") || base.endsWith("ян")) {
      // Шосткинська : Шостка, Ворожбянська : Ворожба
      out.add(base.substring(0, base.length() - 2) + "а");
    }
    if (base.endsWith("ль")) {
      // Білопільська : Білопілля, Краснопільська : Краснопілля
      String head = base.substring(0, base.length() - 1);
      out.add(head.substring(0, head.length() - 1) + "і" + "лля");
      out.add(head + "ля");
      out.add(head + "лля");
    }
    return out;
  }

  private static void feminine(Set<String> out, String n, String stem, boolean soft, boolean uk, boolean ru) {
    if (soft) {
      // Запоріжжя (neuter in -я) : Запоріжжі, Запоріжжю, Запоріжжям; Гола Пристань-type soft feminines
      add(out, stem, "і", "ї", "ю", "єю", "ею", "ям", "и", "е", "ей");
      return;
    }
    char c = stem.isEmpty() ? ' ' : stem.charAt(stem.length() - 1);
    add(out, stem, "и", "у", "ою", "ой");
    if (uk) {
      // or an adjective: Кремінна : Кремінної, Кремінній; Лозова : Лозової, Лозовій
      add(out, stem, "ої", "ій");
    }
    if (!ru || uk) {
      // Ukrainian dative and locative alternate velars: Авдіївка : Авдіївці, Прага : Празі, Олешки-type -ха : -сі
      String soft2 = c == 'к' ? stem.substring(0, stem.length() - 1) + "ц"
          : c == 'г' ? stem.substring(0, stem.length() - 1) + "з"
          : c == 'х' ? stem.substring(0, stem.length() - 1) + "с" : stem;
      add(out, soft2, "і");
    }
    if (!uk || ru) {
      add(out, stem, "е", "ы");
    }
  }

  private static void plural(Set<String> out, String n, String stem) {
    // Суми : Сум, Сумах, Сумам, Сумами; Липці : Липців, Липцях; Черкассы : Черкасс, Черкассах
    add(out, stem, "", "ів", "ах", "ям", "ях", "ами", "ями", "ам", "ов", "ей");
    if (stem.endsWith("к")) {
      // Олешки : Олешок
      out.add(stem.substring(0, stem.length() - 1) + "ок");
    }
  }

  private static void masculine(Set<String> out, String n, boolean uk) {
    String stem = n.endsWith("ь") || n.endsWith("й") ? n.substring(0, n.length() - 1) : n;
    boolean soft = n.endsWith("ь") || n.endsWith("й");
    add(out, stem, soft ? new String[] {"я", "ю", "і", "ем", "еві", "е"} : new String[] {"а", "у", "і", "ом", "ові"});
    // the Russian locative's -е, but not after the Ukrainian -ськ, -цьк: "Первомайське" is the village of that name
    // (a neuter adjective), never a case of Первомайськ (Ukrainian "у Первомайську"; Russian "в Первомайске")
    if (soft || !(n.endsWith("ськ") || n.endsWith("цьк"))) {
      out.add(stem + "е");
    }
    if (n.length() >= 6 && (n.endsWith("ець") || n.endsWith("ец"))) {
      // the е of -ець (uk), -ец (ru) drops when inflected: Марганець : Марганця, Марганці, Марганцем;
      // Марганец : Марганца, Марганцу, Марганце ("обстріл Марганця", "ударила дроном по Марганцу")
      String head = n.substring(0, n.length() - (n.endsWith("ь") ? 3 : 2)) + "ц";
      add(out, head, n.endsWith("ь") ? new String[] {"я", "ю", "і", "ем", "еві"} : new String[] {"а", "у", "е", "ем", "ом"});
    }
    if (n.endsWith("ь")) {
      // or a feminine noun in -ь: Пристань : Пристані, Пристани, Пристанню
      add(out, stem, "и", "ью", "ню");
    }
    // a closed final syllable with і opens when inflected: Харків : Харкова, Золочів : Золочева,
    // Київ : Києва, Ріг : Рогу
    int len = n.length();
    if (uk && len >= 3) {
      char v = n.charAt(len - 2);
      String head = n.substring(0, len - 2);
      String tail = n.substring(len - 1);
      if (v == 'і') {
        add(out, head + "о" + tail, "а", "у", "ом", "ові", "і");
        // and velars soften before the locative -і: Ріг : Розі, Бік : Боці
        String velar = tail.equals("г") ? "з" : tail.equals("к") ? "ц" : tail.equals("х") ? "с" : null;
        if (velar != null) {
          out.add(head + "о" + velar + "і");
        }
        add(out, head + "е" + tail, "а", "у", "ом", "еві", "і", "ові");
      } else if (v == 'ї') {
        add(out, head + "є" + tail, "а", "у", "ом", "ові", "і", "еві");
      }
    }
  }

  private static void add(Set<String> out, String stem, String... endings) {
    for (String e : endings) {
      out.add(stem + e);
    }
  }
}
