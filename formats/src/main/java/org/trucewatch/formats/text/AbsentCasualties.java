package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A casualty noun and then its absence, with words between: "Постраждалих з української сторони
 * немає", "загиблих чи травмованих осіб внаслідок обстрілів серед місцевого населення немає",
 * "пострадавших среди мирного населения нет". Ukrainian and Russian put the people and the
 * circumstance between the noun and "немає"/"нет"; the word lists of {@code NO_CASUALTIES} hold only
 * the adjacent forms, so this reads the grammar: a genitive plural of the victims, then its negation
 * in the same clause, no number between.
 */
final class AbsentCasualties {
  /** The victims' nouns in the genitive plural, exactly, and the category each says nobody of. */
  private static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("постраждалих", "all"), Map.entry("жертв", "all"), Map.entry("загиблих", "killed"),
      Map.entry("вбитих", "killed"), Map.entry("поранених", "injured"), Map.entry("травмованих", "injured"),
      Map.entry("пострадавших", "all"), Map.entry("погибших", "killed"), Map.entry("убитых", "killed"),
      Map.entry("раненых", "injured"), Map.entry("травмированных", "injured"));
  /** Words that end such a phrase as its negation. */
  private static final Set<String> ABSENT = Set.of("немає", "нема", "нет");
  /** The verbs that "не" negates to say the same: "не було", "не выявлено". */
  private static final Set<String> NOT_FOUND = Set.of("було", "было", "виявлено", "выявлено", "зафіксовано",
      "зафиксировано", "зареєстровано", "зарегистрировано");
  /** Words joining two nouns of victims: "загиблих чи травмованих". */
  private static final Set<String> OR = Set.of("чи", "або", "і", "й", "та", "и", "или", "ни");
  /**
   * Stems before the noun that make the phrase a lack of news or of a count, not zero: "даних про
   * постраждалих немає", "точных сведений о количестве погибших нет".
   */
  private static final List<String> NEWS = List.of("данн", "информаци", "сведени", "даних", "інформаці", "відомост",
      "сообщени", "повідомлен", "кількіст", "количеств", "точн");
  /** How many words may stand between the last noun and the negation. */
  private static final int REACH = 8;

  private AbsentCasualties() {}

  /**
   * The zeros of the paragraph's absence phrases, skipping those that stand inside a phrase of
   * the word lists already ({@code said}).
   */
  static List<Negated.Zero> find(Language language, List<Token> tokens, List<Cue.Match> said, int[] clause) {
    List<Negated.Zero> out = new ArrayList<>();
    if (language != Language.UK && language != Language.RU) {
      return out;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String first = NOUNS.get(tokens.get(i).lower());
      final int at = i;
      if (first == null || said.stream().anyMatch(m -> m.first() <= at && at <= m.last()) || news(tokens, clause, i)) {
        continue;
      }
      List<String> categories = new ArrayList<>(List.of(first));
      int last = i;
      // "загиблих чи травмованих": a second noun joined to the first
      if (i + 2 < tokens.size() && OR.contains(tokens.get(i + 1).lower()) && NOUNS.containsKey(tokens.get(i + 2).lower())) {
        categories.add(NOUNS.get(tokens.get(i + 2).lower()));
        last = i + 2;
      }
      int end = negationAfter(tokens, clause, last);
      if (end < 0) {
        continue;
      }
      // "загиблих чи травмованих ... немає": nobody killed or hurt is no child hurt either
      if (categories.contains("killed") && categories.contains("injured")) {
        categories.add("minors");
      }
      for (String c : categories) {
        for (String category : c.equals("all") ? List.of("killed", "injured", "minors") : List.of(c)) {
          out.add(new Negated.Zero(category, i, end));
        }
      }
      i = end;
    }
    return out;
  }

  /** The last token of the negation after {@code last} in its clause, or -1 when none comes first. */
  private static int negationAfter(List<Token> tokens, int[] clause, int last) {
    for (int j = last + 1; j < tokens.size() && j <= last + REACH + 2 && clause[j] == clause[last]; j++) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (!t.word() || NumberWords.at(tokens, j).length > 0) {
        return -1; // a number or a stop: the noun is counted, or the sentence moved on
      }
      if (ABSENT.contains(w)) {
        return j;
      }
      if ((w.equals("не") || w.equals("ні")) && j + 1 < tokens.size() && NOT_FOUND.contains(tokens.get(j + 1).lower())) {
        return j + 1;
      }
      if (j - last > REACH) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a word of news or of a count stands shortly before the noun in its clause. */
  private static boolean news(List<Token> tokens, int[] clause, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 4) && clause[j] == clause[i]; j--) {
      String w = tokens.get(j).lower();
      if (NEWS.stream().anyMatch(w::startsWith)) {
        return true;
      }
    }
    return false;
  }
}
