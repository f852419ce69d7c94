package org.trucewatch.formats.text;

import java.util.List;

/**
 * People counted by a list of their ages before a plural noun, the list joined by commas as well as
 * by "and", and persons joined after the noun: "пострадали 47-летний, 50-летний, 69-летний мужчины
 * и 65-летняя женщина" is four people, "Поранені 33-річний та 56-річний чоловіки" two.
 */
final class AgedPeopleList {
  /** The people counted and the last token of the list (the plural noun or the last person joined). */
  record Counted(int people, int noun, int last) {}

  private AgedPeopleList() {}

  /**
   * The people listed by the ages from the number at {@code i} (whose age word follows it), or null
   * when fewer than two ages stand before a plural noun of persons.
   */
  static Counted at(List<Token> tokens, int[] sentence, FigureAges ages, int i) {
    int n = 1;
    int k = ages.ageWordAfter(i);
    // "47-летний, 50-летний, 69-летний мужчины": commas join the ages as "and" does
    while (k + 2 < tokens.size() && joiner(tokens.get(k + 1)) && sentence[k + 2] == sentence[i]
        && NumberWords.at(tokens, k + 2).length > 0 && ages.age(k + 2)) {
      n++;
      k = ages.ageWordAfter(k + 2);
    }
    if (n < 2 || k + 1 >= tokens.size()) {
      return null;
    }
    int noun = k + 1;
    // "50-річний та 48-річний цивільні чоловіки", "59-летний и 39-летний мирные жители": an adjective
    // the ages share stands between them and their noun
    if (!PeopleWords.PLURAL_PERSONS.contains(tokens.get(noun).lower()) && noun + 1 < tokens.size() && sentence[noun + 1] == sentence[i]
        && tokens.get(noun).word() && !tokens.get(noun).capitalised() && !Paragraph.LIST_WORDS.contains(tokens.get(noun).lower())) {
      noun++;
    }
    if (!PeopleWords.PLURAL_PERSONS.contains(tokens.get(noun).lower())) {
      return null;
    }
    int last = noun;
    // "... мужчины и 65-летняя женщина", "... чоловіки та жінка": one more person joined by "and"
    while (last + 2 < tokens.size() && Paragraph.LIST_WORDS.contains(tokens.get(last + 1).lower())
        && sentence[last + 2] == sentence[i]) {
      int p = last + 2;
      if (NumberWords.at(tokens, p).length > 0 && ages.age(p)) {
        p = ages.ageWordAfter(p) + 1;
      }
      if (p >= tokens.size() || !PeopleWords.SINGULAR_PERSONS.contains(tokens.get(p).lower())) {
        break;
      }
      n++;
      last = p;
    }
    return new Counted(n, noun, last);
  }

  /**
   * The first token of the persons listed with commas right before the ages at {@code i} and counted with
   * them, and how many they are: "пострадали 60-летний мужчина, 75-летняя и 68-летняя женщины" lists one
   * before the two; {@code {i, 0}} when none is.
   */
  static int[] listedBefore(List<Token> tokens, int[] sentence, Language language, int i) {
    int first = i;
    int persons = 0;
    // each step: a comma, and before it one person ("60-летний мужчина", "a 30-year-old man", "мужчина")
    while (first >= 2 && tokens.get(first - 1).text().equals(",") && sentence[first - 2] == sentence[i]) {
      int p = first - 2;
      String w = tokens.get(p).lower();
      int start;
      if (Ages.agedPerson(tokens, p, language)) {
        start = p - 3;
      } else if (PeopleWords.SINGULAR_PERSONS.contains(w)) {
        start = p;
      } else {
        break;
      }
      if (start >= 1 && ARTICLES.contains(tokens.get(start - 1).lower())) {
        start--;
      }
      persons++;
      first = start;
    }
    return new int[] {first, persons};
  }

  /** Articles of one person before its age: "a 30-year-old man", "eine 68-jährige Frau". */
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "ein", "eine");

  private static boolean joiner(Token t) {
    return t.text().equals(",") || Paragraph.LIST_WORDS.contains(t.lower());
  }
}
