package org.trucewatch.formats.gazetteer;

import java.util.Locale;

/**
 * The published systems that write Ukrainian and Russian place names in Latin letters. Reports
 * spell the same place by different systems (Kharkiv, Charkiw, Kharkov, Charkow, Harkìv), so the
 * gazetteer derives every spelling from the Cyrillic name by rule instead of relying on a list.
 *
 * <ul>
 *   <li>{@link #UKRAINIAN_NATIONAL_2010}: Cabinet of Ministers of Ukraine resolution 55 (2010);
 *       Ukrainian only. BGN/PCGN adopted it for Ukrainian in 2019.
 *   <li>{@link #GERMAN_DUDEN}: the German press transcription (Duden): Charkiw, Saporischschja,
 *       Solotschiw; Charkow for Russian.
 *   <li>{@link #BGN_PCGN}: for Russian the 1947 system (Khar'kov, Zaporozh'ye); for Ukrainian the
 *       national 2010 system.
 *   <li>{@link #ISO_9}: ISO 9:1995, one Latin letter (with diacritics) per Cyrillic letter.
 *   <li>{@link #BGN_PCGN_1965}: BGN/PCGN's earlier Ukrainian system (Kostyantynivka, Maryinka).
 * </ul>
 *
 * Letters a system does not define for a language are written by ISO 9. Thread-safe.
 */
public enum Romanisation {
  /** Ukrainian national system of 2010. */
  UKRAINIAN_NATIONAL_2010,
  /** German Duden transcription. */
  GERMAN_DUDEN,
  /** BGN/PCGN: Russian 1947; Ukrainian 2019 (= national 2010). */
  BGN_PCGN,
  /** ISO 9:1995. */
  ISO_9,
  /**
   * The English press's mix of today (Ukrinform, Ukrainska Pravda, the regional administrations'
   * English posts): the national system, but я ya, ю yu, є ye inside a word as well (Chervonyi
   * Mayak, Krasnopillya, Zaporizhzhia). Ukrainian only.
   */
  UKRAINIAN_PRESS,
  /**
   * BGN/PCGN's Ukrainian system of 1965, the English press's spelling through the 2010s
   * (Kostyantynivka, Maryinka, Zaporizhzhya): я ya, ю yu, є ye, ї yi, й y wherever they stand.
   * Ukrainian only; a Russian name is written by {@link #BGN_PCGN}.
   */
  BGN_PCGN_1965,
  /**
   * The German press's Duden without two of Duden's rules, as Ukrinform's German service, the
   * Foreign Office and agencies write today: с stays one s between vowels (Tscherkasy, Odesa, not
   * Tscherkassy, Odessa), and the й of a final -ий, -ый is dropped (Russian Chmelnizki, Dostojewski;
   * Ukrainian Krywy Rih). Ukrainian and Russian.
   */
  GERMAN_PRESS;

  private static final String VOWELS = "аеєиіїоуюяёыэ";

  private static final Letters ISO9 = table(
      "а a б b в v г g ґ g̀ д d е e є ê ж ž з z и i і ì ї ï й j к k л l м m н n о o п p р r с s т t у u ў ŭ ф f"
          + " х h ц c ч č ш š щ ŝ ъ ʺ ы y ь ʹ э è ю û я â ё ë");
  private static final Letters UK_NATIONAL = table(
      "а a б b в v г h ґ g д d е e є ie ж zh з z и y і i ї i й i к k л l м m н n о o п p р r с s т t у u"
          + " ф f х kh ц ts ч ch ш sh щ shch ь _ ю iu я ia");
  private static final Letters UK_NATIONAL_INITIAL = table("є ye ї yi й y ю yu я ya");
  private static final Letters UK_BGN_1965 = table(
      "а a б b в v г h ґ g д d е e є ye ж zh з z и y і i ї yi й y к k л l м m н n о o п p р r с s т t у u"
          + " ф f х kh ц ts ч ch ш sh щ shch ь _ ю yu я ya");
  private static final Letters UK_DUDEN = table(
      "а a б b в w г h ґ g д d е e є je ж sch з s и y і i ї ji й j к k л l м m н n о o п p р r с s т t у u"
          + " ф f х ch ц z ч tsch ш sch щ schtsch ь _ ю ju я ja");
  private static final Letters RU_DUDEN = table(
      "а a б b в w г g д d е e ё jo ж sch з s и i й j к k л l м m н n о o п p р r с s т t у u ф f х ch ц z"
          + " ч tsch ш sch щ schtsch ъ _ ы y ь _ э e ю ju я ja");
  private static final Letters RU_BGN = table(
      "а a б b в v г g д d е e ё ë ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts"
          + " ч ch ш sh щ shch ъ ” ы y ь ’ э e ю yu я ya");

  /**
   * Whether this system may spell a name otherwise than every other system does: {@link #GERMAN_PRESS}
   * differs from {@link #GERMAN_DUDEN} only at a с between vowels or a final -ий, -ый, so the gazetteer,
   * which romanises every name, skips it elsewhere (it would only give Duden's spelling again).
   */
  public boolean mayDiffer(String cyrillic) {
    if (this != GERMAN_PRESS) {
      return true;
    }
    int n = cyrillic.length();
    for (int i = 1; i < n; i++) {
      char c = Character.toLowerCase(cyrillic.charAt(i));
      char prev = Character.toLowerCase(cyrillic.charAt(i - 1));
      if (c == 'с' && i + 1 < n && VOWELS.indexOf(prev) >= 0 && VOWELS.indexOf(Character.toLowerCase(cyrillic.charAt(i + 1))) >= 0) {
        return true;
      }
      if (c == 'й' && (prev == 'и' || prev == 'ы') && (i + 1 == n || !Character.isLetter(cyrillic.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Romanises a Cyrillic name written in {@code language}; non-Cyrillic characters pass through. */
  public String romanise(String cyrillic, CyrillicLanguage language) {
    StringBuilder sb = new StringBuilder(cyrillic.length() + 8);
    int n = cyrillic.length();
    char[] lower = new char[n];
    for (int i = 0; i < n; i++) {
      lower[i] = Character.toLowerCase(cyrillic.charAt(i));
    }
    for (int i = 0; i < n; i++) {
      char original = cyrillic.charAt(i);
      char c = lower[i];
      char prev = i > 0 ? lower[i - 1] : ' ';
      char next = i + 1 < n ? lower[i + 1] : ' ';
      // after an apostrophe a letter is inside the word: Короп'є is Koropie
      boolean initial = !Character.isLetter(prev) && prev != '\'' && prev != '\u2019' && prev != '\u02bc';
      String latin = letter(c, prev, next, initial, language);
      if (latin == null) {
        sb.append(original);
      } else if (original != c && !latin.isEmpty()) {
        char nextOriginal = i + 1 < n ? cyrillic.charAt(i + 1) : ' ';
        char prevOriginal = i > 0 ? cyrillic.charAt(i - 1) : ' ';
        boolean wholeUpper = Character.isUpperCase(nextOriginal)
            || (!Character.isLetter(nextOriginal) && Character.isUpperCase(prevOriginal));
        sb.append(wholeUpper ? latin.toUpperCase(Locale.ROOT) : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
      } else {
        sb.append(latin);
      }
    }
    return sb.toString();
  }

  private String letter(char c, char prev, char next, boolean initial, CyrillicLanguage language) {
    if (c == '\'' || c == '\u2019' || c == '\u02bc') {
      // the Ukrainian apostrophe (сім'я) is dropped by the national and Duden systems
      return this == ISO_9 ? "’" : "";
    }
    boolean afterVowel = VOWELS.indexOf(prev) >= 0 || prev == 'ь' || prev == 'ъ' || prev == '\'' || prev == '\u2019';
    String s;
    switch (this) {
      case ISO_9:
        s = ISO9.get(c);
        break;
      case UKRAINIAN_NATIONAL_2010:
        s = nationalUkrainian(c, prev, initial, language);
        break;
      case UKRAINIAN_PRESS:
        s = language == CyrillicLanguage.UKRAINIAN && (c == 'я' || c == 'ю' || c == 'є')
            ? UK_BGN_1965.get(c) : nationalUkrainian(c, prev, initial, language);
        break;
      case BGN_PCGN_1965:
        s = (language == CyrillicLanguage.UKRAINIAN ? UK_BGN_1965 : RU_BGN).get(c);
        break;
      case BGN_PCGN:
        if (language == CyrillicLanguage.UKRAINIAN) {
          s = nationalUkrainian(c, prev, initial, language);
        } else if (c == 'е' && (initial || afterVowel)) {
          s = "ye";
        } else if (c == 'ё' && (initial || afterVowel)) {
          s = "yë";
        } else {
          s = RU_BGN.get(c);
        }
        break;
      case GERMAN_PRESS:
        if (c == 'й' && (prev == 'и' || prev == 'ы') && !Character.isLetter(next)) {
          s = "";
        } else if (c == 'с') {
          s = "s";
        } else {
          s = GERMAN_DUDEN.letter(c, prev, next, initial, language);
        }
        break;
      case GERMAN_DUDEN:
        if (c == 'с' && VOWELS.indexOf(prev) >= 0 && VOWELS.indexOf(next) >= 0) {
          s = "ss";
        } else if (language == CyrillicLanguage.RUSSIAN && c == 'е' && (initial || afterVowel)) {
          s = "je";
        } else if (c == 'ь' && next == 'о') {
          s = "j";
        } else {
          s = (language == CyrillicLanguage.UKRAINIAN ? UK_DUDEN : RU_DUDEN).get(c);
        }
        break;
      default:
        throw new IllegalStateException(name());
    }
    if (s == null) {
      s = ISO9.get(c);
    }
    return s == null ? null : s.equals("_") ? "" : s;
  }

  private static String nationalUkrainian(char c, char prev, boolean initial, CyrillicLanguage language) {
    if (language == CyrillicLanguage.RUSSIAN) {
      // the national system is for Ukrainian; a Russian name is written by BGN/PCGN's letters
      return RU_BGN.get(c);
    }
    if (c == 'г' && prev == 'з') {
      return "gh"; // зг is zgh, so that it is not read as the digraph zh
    }
    if (initial && UK_NATIONAL_INITIAL.containsKey(c)) {
      return UK_NATIONAL_INITIAL.get(c);
    }
    return UK_NATIONAL.get(c);
  }

  private static Letters table(String pairs) {
    String[] t = pairs.split(" ");
    String[] latin = new String[Letters.SIZE];
    for (int i = 0; i < t.length; i += 2) {
      latin[t[i].charAt(0) - Letters.FIRST] = t[i + 1];
    }
    return new Letters(latin);
  }

  /** Latin for each letter of the Cyrillic block, by array index: romanising every name of the gazetteer is a hot loop. */
  private record Letters(String[] latin) {
    static final char FIRST = '\u0400';
    static final int SIZE = 0x100;

    String get(char c) {
      int i = c - FIRST;
      return i >= 0 && i < SIZE ? latin[i] : null;
    }

    boolean containsKey(char c) {
      return get(c) != null;
    }
  }
}
