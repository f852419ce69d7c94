package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A round-up's line headed by its town and a colon names the town as a place ({@link HeadedLine}). */
class HeadedLineTest {
  private static List<Token> tokens(String text) {
    return Token.of(text, 0, text.length());
  }

  @Test
  void aTownAndAColonOpeningTheParagraph() {
    assertThat(HeadedLine.at(tokens("Щастя: зруйновано дві школи."), 0, 0)).isTrue();
  }

  @Test
  void aTownAndAColonOpeningAQuotedSentence() {
    assertThat(HeadedLine.at(tokens("Голова ОВА написав. \"Вовчанськ: поранено двох людей\""), 5, 5)).isTrue();
  }

  @Test
  void aTownInsideASentenceIsNoHeadedLine() {
    assertThat(HeadedLine.at(tokens("Обстріляли місто Щастя: поранено двох"), 3, 3)).isFalse();
  }

  @Test
  void aRoundUpLineOfASmallTownIsAPlace() {
    List<String> places = ExtractedSentences.mentions("Щастя: внаслідок обстрілу поранено двох людей.").stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name()).toList();
    assertThat(places).contains("Shchastya");
  }

  @Test
  void eachLineOfARoundUpKeepsItsFiguresAtItsTown() {
    List<IncidentMention> ms = ExtractedSentences.mentions(
        "Харків: внаслідок удару поранено 3 людей.\nКуп'янськ: під час обстрілу загинув 62-річний чоловік.");
    assertThat(ms.stream().filter(m -> m.place().map(p -> p.name()).orElse("").startsWith("Kup")).toList()).hasSize(1);
    assertThat(ms.stream().filter(m -> m.place().map(p -> p.name()).orElse("").equals("Kharkiv"))
        .mapToInt(m -> m.claim().casualties().killed().min()).sum()).isZero();
  }
}
