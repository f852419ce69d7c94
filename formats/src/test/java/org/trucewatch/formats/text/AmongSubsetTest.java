package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmongSubsetTest {
  /** Whether a subset opens right before the token {@code number} of {@code text}. */
  private static boolean subsetBefore(String text, String number) {
    List<Token> tokens = Token.of(text, 0, text.length());
    int j = tokens.stream().map(Token::text).toList().indexOf(number);
    assertThat(j).as("%s in %s", number, text).isPositive();
    return AmongSubset.before(tokens, j);
  }

  @Test
  void opensRightBeforeTheNumberOrThroughAPronoun() {
    assertThat(subsetBefore("Five people including two children were injured", "two")).isTrue();
    assertThat(subsetBefore("пять человек в том числе двое детей пострадали", "двое")).isTrue();
    assertThat(subsetBefore("Mindestens 44 Zivilisten unter ihnen ein Kind starben", "ein")).isTrue();
    assertThat(subsetBefore("семеро людей, серед них двоє дітей", "двоє")).isTrue();
  }

  @Test
  void amongAndRelativePronounsNeedMoreThanThemselves() {
    // "among" opens a subset only with a pronoun after it; "which" is no subset word right before a number
    assertThat(subsetBefore("killing among 12 residents", "12")).isFalse();
    assertThat(subsetBefore("an attack, as a result of which two civilians were killed", "two")).isFalse();
    assertThat(subsetBefore("unter denen zwei Kinder", "zwei")).isFalse();
  }

  @Test
  void theFigureReaderLooksBackForItsOwnWords() {
    // "серед постраждалих", "з них", "von denen": subset words before a casualty word ...
    assertThat(List.of("серед", "among", "darunter", "них", "which", "denen")).allMatch(AmongSubset::beforeCasualty);
    // ... but not those read right before a number only, nor any other word
    assertThat(List.of("включая", "включаючи", "числе", "числі", "ihnen", "killed")).noneMatch(AmongSubset::beforeCasualty);
  }
}
