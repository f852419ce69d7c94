package org.trucewatch.formats.text;

import java.util.List;
import org.trucewatch.core.observation.CasualtyCount;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A person joined by "and" to a counted group after it: "жінка та троє чоловіків отримали поранення",
 * "ранены женщина и двое детей", "wounded a woman and two children", "Verletzt wurden eine Frau und zwei
 * Kinder". The person is one more of the group's figure (the mirror of {@link JoinedGroups}, which
 * joins groups before a person); the group alone gave its number and the person was taken for one of it.
 */
final class PersonAndGroup {
  private PersonAndGroup() {}

  /**
   * The figure of {@code category} (killed or injured) the person at {@code at} joins, counted one more,
   * or empty: the group's number stands right after "and" after the person, and its figure of the
   * category does not already hold the person; a group of minors with no killed or injured figure of
   * its own takes the category of the person's verb. {@code ownVerbBefore} tells whether a verb of
   * another category stands right before the person, making it that verb's.
   */
  static Optional<Figure> joined(List<Token> tokens, int[] sentence, int at, String category, List<Figure> figures,
      BooleanSupplier ownVerbBefore) {
    // the person's noun may follow the word found (an adjective or age: "літня жінка та двоє дітей")
    // (only a person's noun: a verb after the person makes the "and" join clauses, "ein Mann getötet und zwei weitere verletzt")
    int and = at + 1 < tokens.size() && (PeopleWords.SINGULAR_PERSONS.contains(tokens.get(at + 1).lower())
        || PeopleWords.SINGULAR_MINORS.contains(tokens.get(at + 1).lower())) ? at + 2 : at + 1;
    int group = and + 1;
    if (group >= tokens.size() || sentence[group] != sentence[at] || !Paragraph.LIST_WORDS.contains(tokens.get(and).lower())
        || ownVerbBefore.getAsBoolean()) {
      return Optional.empty(); // ("погибла женщина и двое детей получили ранения": the person's verb is another)
    }
    int personStart = tokens.get(at).start();
    for (Figure f : figures) {
      if (f.first() == group && f.category().equals(category)) {
        // ("eine Frau und zwei Kinder verletzt": the group's figure already holds the person before it)
        if (f.spans().stream().anyMatch(s -> s.start() <= personStart && personStart < s.end())) {
          return Optional.empty();
        }
        return Optional.of(new Figure(category, f.count().plus(CasualtyCount.exactly(1)), at, f.last(), null, f.spans(), f.revision()));
      }
    }
    boolean hurtOfItsOwn = figures.stream().anyMatch(f -> f.first() == group
        && FigureReader.killedOrInjured(f.category()));
    return figures.stream().filter(f -> f.first() == group && f.category().equals("minors") && !hurtOfItsOwn).findFirst()
        .map(f -> new Figure(category, f.count().plus(CasualtyCount.exactly(1)), at, f.last(), null, f.spans()));
  }
}
