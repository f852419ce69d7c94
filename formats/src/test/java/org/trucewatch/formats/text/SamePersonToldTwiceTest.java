package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person of one age told of twice in a paragraph (the lead, then the detailed account) is one
 * person, and the second telling takes no place from another figure. Sentences written for this
 * test.
 */
class SamePersonToldTwiceTest {
  /** The killed of all the text's mentions that are not parts of a total, summed. */
  private int killed(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    return ms.stream().filter(m -> !m.claim().scope().code().equals("part"))
        .mapToInt(m -> m.claim().casualties().killed().min()).sum();
  }

  @Test
  void russian() {
    assertThat(killed("70-летний мужчина погиб при обстреле Купянска. Снаряд попал во двор, где работал хозяин. В "
        + "результате погиб 70-летний мужчина. Также обстреляли село Петропавловка, погибла 64-летняя женщина.")).isEqualTo(2);
  }

  @Test
  void ukrainian() {
    assertThat(killed("70-річний чоловік загинув під час обстрілу Куп'янська. Снаряд влучив у двір, де працював господар. "
        + "Унаслідок цього загинув 70-річний чоловік. Також обстріляли село Петропавлівка, загинула 64-річна жінка.")).isEqualTo(2);
  }
}
