package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons listed after a comma that have a killed or injured word of their own after them are that
 * word's, not the first verb's ("загинула жінка, ще одна жінка та чоловік отримали поранення" is one
 * killed and two injured), and a person joined by "and" to a figure of one counts with it. Sentences
 * written for this test.
 */
class PersonsAfterACommaWithAVerbOfTheirOwnAreNotTheFirstVerbsTest {
  private static List<IncidentMention> read(String text, Language language) {
    return ExtractedSentences.mentions(text, language);
  }

  @Test
  void aWomanKilledThenAnotherWomanAndAManInjuredAreOneKilledAndTwoInjured() {
    List<IncidentMention> uk = read("Росіяни обстріляли Балаклію. Загинула жінка, ще одна жінка та чоловік отримали поранення.", Language.UK);
    assertThat(ExtractedSentences.killed(uk)).isEqualTo(1);
    assertThat(ExtractedSentences.injured(uk)).isEqualTo(2);
    List<IncidentMention> ru = read("Россияне обстреляли Балаклею. Погиб мужчина, еще одна женщина и мужчина ранены.", Language.RU);
    assertThat(ExtractedSentences.killed(ru)).isEqualTo(1);
    assertThat(ExtractedSentences.injured(ru)).isEqualTo(2);
  }

  @Test
  void personsListedAfterTheVerbWithoutAVerbOfTheirOwnStayItsOwn() {
    assertThat(ExtractedSentences.killed(read("Росіяни обстріляли Балаклію. Загинули жінка та чоловік.", Language.UK))).isEqualTo(2);
  }
}
