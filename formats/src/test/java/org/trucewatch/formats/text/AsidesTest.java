package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which marks inside a clause {@link Asides} passes over, on sentences written for this test. */
class AsidesTest {
  private static List<Token> tokens(String text) {
    return Token.of(text, 0, text.length());
  }

  @Test
  void quotationMarksAndAShortGlossArePassedOver() {
    List<Token> t = tokens("ein Mann in Gorlowka (DVR) sei \u201everletzt\u201c worden");
    assertThat(Asides.transparent(t, 4)).isTrue(); // (
    assertThat(Asides.transparent(t, 6)).isTrue(); // )
    assertThat(Asides.transparent(t, 8)).isTrue(); // „
  }

  @Test
  void aCommaAndALongOrNumberedBracketAreNot() {
    List<Token> t = tokens("zwei Tote (nach Angaben der Behörden der Region vom Montag), drei (2) Verletzte");
    assertThat(Asides.transparent(t, 2)).isFalse(); // ( of a long aside
    assertThat(Asides.transparent(t, 12)).isFalse(); // ,
    assertThat(Asides.transparent(t, 14)).isFalse(); // ( of a number
  }
}
