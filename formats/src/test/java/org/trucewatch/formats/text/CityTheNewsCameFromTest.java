package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A city named as where the news came from ("nach Angaben aus Kiew", "according to Kyiv", "по
 * данным из Киева", "sources in Moscow") is no place of the event. Sentences written for this test.
 */
class CityTheNewsCameFromTest {
  @Test
  void germanAccordingToInformationFromKyiv() {
    assertThat(ExtractedSentences.mentions("In der Stadt Cherson sind nach Angaben aus Kiew eine Frau getötet und drei "
        + "Menschen verletzt worden.", Language.DE).stream().flatMap(m -> m.place().stream()).map(p -> p.name()))
        .containsExactly("Kherson");
  }

  @Test
  void englishAccordingToKyiv() {
    assertThat(ExtractedSentences.mentions("Two civilians were killed in Kherson, according to Kyiv.", Language.EN).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Kherson");
  }

  @Test
  void russianDataFromKyiv() {
    assertThat(ExtractedSentences.mentions("В Херсоне погибла женщина, по данным из Киева.", Language.RU).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Kherson");
  }

  @Test
  void reportsInACityMayTellOfIt() {
    // "reports in" is no origin: only "sources in" is
    assertThat(ExtractedSentences.mentions("Nach Berichten in Charkiw wurden zwei Menschen getötet.", Language.DE).stream()
        .flatMap(m -> m.place().stream()).map(p -> p.name())).containsExactly("Kharkiv");
  }
}
