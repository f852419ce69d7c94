package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;

/**
 * Ukrainian and Russian numbers from five on in the case their preposition or verb asks for
 * ("відомо про дванадцятьох постраждалих", "число раненых достигло двенадцати") are the figure,
 * as the nominative is. Sentences written for this test.
 */
class NumbersInEveryCaseTest {
  private static IncidentMention only(String text) {
    List<IncidentMention> ms = ExtractedSentences.mentions(text);
    assertThat(ms).hasSize(1);
    return ms.get(0);
  }

  @Test
  void knownOfTwelveInjuredInTheAccusativeIsTwelve() {
    IncidentMention m = only("Внаслідок обстрілу Покровська попередньо відомо про дванадцятьох постраждалих людей та одну загиблу особу.");
    assertThat(m.claim().casualties().injured()).isEqualTo(CasualtyCount.exactly(12));
    assertThat(m.claim().casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
  }

  @Test
  void aRisenCountInTheGenitiveIsTheCount() {
    assertThat(only("Кількість поранених внаслідок удару по Запоріжжю зросла до одинадцяти.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(11));
    assertThat(only("Число раненых в результате обстрела Горловки возросло до двенадцати человек.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(12));
  }

  @Test
  void tensInTheGenitiveKeepTheirUnits() {
    assertThat(only("Внаслідок ракетного удару по Одесі поранено двадцятьох трьох людей.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(23));
    assertThat(only("Число пострадавших в результате удара по Донецку достигло пятидесяти.").claim().casualties().injured())
        .isEqualTo(CasualtyCount.exactly(50));
  }
}
