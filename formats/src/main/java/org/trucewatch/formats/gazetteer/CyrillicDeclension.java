package org.trucewatch.formats.gazetteer;

import java.util.LinkedHashSet;
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
 * <p>Multi-word names ("Часів Яр", "Мала Рогань") are given in the nominative only.
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
    } else if (last == 'и' || last == 'і' || last == 'ы') {
      plural(out, n, stem);
    } else if ("бвгґджзйклмнпрстфхцчшщь".indexOf(last) >= 0) {
      masculine(out, n, uk);
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
    add(out, stem, soft ? new String[] {"я", "ю", "і", "ем", "еві", "е"} : new String[] {"а", "у", "і", "ом", "ові", "е"});
    // a closed final syllable with і opens when inflected: Харків : Харкова, Золочів : Золочева,
    // Київ : Києва, Ріг : Рогу
    int len = n.length();
    if (uk && len >= 3) {
      char v = n.charAt(len - 2);
      String head = n.substring(0, len - 2);
      String tail = n.substring(len - 1);
      if (v == 'і') {
        add(out, head + "о" + tail, "а", "у", "ом", "ові", "і");
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
