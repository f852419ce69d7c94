package org.trucewatch.formats.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Numbers of people as reports write them: digits ("17", "3.000", "3,000", "3 000") and words in
 * German, English, Ukrainian and Russian ("neun", "nine", "дев'ять", "девять", "двоє", "двое",
 * "einundzwanzig", "twenty-one", "двадцять один").
 */
final class NumberWords {
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([.,\\u00a0\\u202f ]\\d{3})+");
  private static final Pattern PLAIN = Pattern.compile("\\d{1,6}");
  private static final Map<String, Integer> WORDS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();
  /** The verbs after which "another" stands for a person: "another was injured", "another died". */
  private static final java.util.Set<String> PRONOUN_VERBS = java.util.Set.of("was", "were", "died", "has", "had", "suffered", "sustained");
  private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїє'’ʼ]");

  static {
    // ... with the dative, instrumental and prepositional: "об одном погибшем", "одному мужчине оказали помощь"
    words(1, "ein eine einen einem einer one один одна одного одну одне одним одной одном одному одній однієї однією одною");
    words(2, "zwei zwo two два дві двоє двох двома две двое двоих двух обоих двум двумя двом двоим");
    words(3, "drei three три троє трьох трое трех трёх троих трем трём тремя трьом трьома троим");
    words(4, "vier four чотири четверо чотирьох четыре четырех четырёх четверых четырем четырём четырьмя чотирьом чотирма");
    words(5, "fünf five п'ять п’ять пʼять п'ятеро п’ятеро пʼятеро п'ятьох п’ятьох пʼятьох пять пятеро пяти пятерых");
    words(6, "sechs six шість шестеро шістьох шести шесть шестерых");
    words(7, "sieben seven сім семеро сімох семи семь семерых");
    words(8, "acht eight вісім восьмеро вісьмох восьми восемь восьмерых");
    words(9, "neun nine дев'ять дев’ять девʼять дев'ятеро дев’ятеро дев'ятьох дев’ятьох девять девяти девятерых");
    words(10, "zehn ten десять десятеро десятьох десяти десятерых");
    words(11, "elf eleven одинадцять одиннадцать");
    words(12, "zwölf twelve дванадцять двенадцать");
    words(13, "dreizehn thirteen тринадцять тринадцать");
    words(14, "vierzehn fourteen чотирнадцять четырнадцать");
    words(15, "fünfzehn fifteen п'ятнадцять п’ятнадцять пятнадцать");
    words(16, "sechzehn sixteen шістнадцять шестнадцать");
    words(17, "siebzehn seventeen сімнадцять семнадцать");
    words(18, "achtzehn eighteen вісімнадцять восемнадцать");
    words(19, "neunzehn nineteen дев'ятнадцять дев’ятнадцять девятнадцать");
    tens(20, "zwanzig twenty двадцять двадцать");
    tens(30, "dreißig thirty тридцять тридцать");
    tens(40, "vierzig forty сорок");
    tens(50, "fünfzig fifty п'ятдесят п’ятдесят пятьдесят");
    tens(60, "sechzig sixty шістдесят шестьдесят");
    tens(70, "siebzig seventy сімдесят семьдесят");
    tens(80, "achtzig eighty вісімдесят восемьдесят");
    tens(90, "neunzig ninety дев'яносто дев’яносто девяносто");
    words(100, "hundert hundred сто");
    obliqueCases();
  }

  /**
   * The case forms of the Ukrainian and Russian numbers from five on ("відомо про дванадцятьох
   * постраждалих", "число раненых достигло двенадцати", "п'яти людей"): the words ending in
   * -ять / -ать decline alike (-яти, -ятьох, -ятьма; -ати, -атью), the tens alike but for forty
   * and fifty to eighty in Russian.
   */
  private static void obliqueCases() {
    for (Map.Entry<String, Integer> e : List.copyOf(WORDS.entrySet())) {
      String w = e.getKey();
      boolean ten = TENS.containsKey(w);
      for (String form : caseForms(w)) {
        if (!WORDS.containsKey(form)) {
          WORDS.put(form, e.getValue());
          if (ten) {
            TENS.put(form, e.getValue());
          }
        }
      }
    }
    // the Russian tens from fifty that decline both halves, and forty
    for (String[] t : new String[][] {{"50", "пятидесяти"}, {"60", "шестидесяти"}, {"70", "семидесяти"},
        {"80", "восьмидесяти"}, {"40", "сорока"}, {"90", "девяноста"}}) {
      WORDS.put(t[1], Integer.parseInt(t[0]));
      TENS.put(t[1], Integer.parseInt(t[0]));
    }
  }

  /** The genitive, the Ukrainian animate accusative and the instrumental of a word ending in -ять / -ать. */
  private static List<String> caseForms(String w) {
    if (w.endsWith("ять")) {
      // Ukrainian п'ять, дванадцять, двадцять; Russian пять, девять, десять
      String stem = w.substring(0, w.length() - 1);
      return List.of(stem + "и", stem + "ьох", stem + "ьма", stem + "ью");
    }
    if (w.endsWith("ать")) {
      String stem = w.substring(0, w.length() - 1);
      return List.of(stem + "и", stem + "ью"); // двенадцать : двенадцати, двенадцатью
    }
    if (w.endsWith("десят") && UKRAINIAN_LETTERS.matcher(w).find()) {
      return List.of(w + "и", w + "ьох"); // п'ятдесят, шістдесят : п'ятдесяти, шістдесятьох
    }
    return List.of();
  }

  private NumberWords() {}

  private static void words(int n, String list) {
    for (String w : list.split(" ")) {
      WORDS.put(w, n);
    }
  }

  private static void tens(int n, String list) {
    for (String w : list.split(" ")) {
      WORDS.put(w, n);
      TENS.put(w, n);
    }
  }

  /**
   * The number that starts at token {@code i}, and how many tokens it takes.
   *
   * @return {value, tokens}, or empty when the token is no number of people (a clock time, a date)
   */
  static OptionalInt[] at(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String s = t.lower();
    if (Character.isDigit(s.charAt(0))) {
      if (PLAIN.matcher(s).matches()) {
        return found(Integer.parseInt(s), 1);
      }
      if (THOUSANDS.matcher(s).matches()) {
        return found(Integer.parseInt(s.replaceAll("[^0-9]", "")), 1);
      }
      return new OptionalInt[0];
    }
    if (s.startsWith("ein") && s.contains("und")) {
      // German units-and-tens: einundzwanzig
      int und = s.indexOf("und");
      Integer unit = WORDS.get(s.substring(0, und));
      Integer ten = TENS.get(s.substring(und + 3));
      if (unit != null && ten != null) {
        return found(ten + unit, 1);
      }
    }
    // "One person was killed and another was injured": "another" as a pronoun, its verb right after it, is one
    // more person ("another 12 people" and "another strike" are no such)
    if (s.equals("another") && i + 1 < tokens.size() && PRONOUN_VERBS.contains(tokens.get(i + 1).lower())) {
      return found(1, 1);
    }
    int dash = s.indexOf('-');
    if (dash > 0) {
      Integer ten = TENS.get(s.substring(0, dash));
      Integer unit = WORDS.get(s.substring(dash + 1));
      if (ten != null && unit != null && unit < 10) {
        return found(ten + unit, 1);
      }
    }
    int und = s.indexOf("und");
    if (und > 0) {
      Integer unit = WORDS.get(s.substring(0, und));
      Integer ten = TENS.get(s.substring(und + 3));
      if (unit != null && ten != null && unit < 10) {
        return found(ten + unit, 1);
      }
    }
    Integer v = WORDS.get(s);
    if (v == null) {
      return new OptionalInt[0];
    }
    if (TENS.containsKey(s) && i + 1 < tokens.size()) {
      Integer unit = WORDS.get(tokens.get(i + 1).lower());
      if (unit != null && unit < 10) {
        return found(v + unit, 2);
      }
    }
    return found(v, 1);
  }

  private static OptionalInt[] found(int value, int tokens) {
    return new OptionalInt[] {OptionalInt.of(value), OptionalInt.of(tokens)};
  }
}
