package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A raion written in Latin script after a village, called by its centre ("Mykhailivka, Beryslav
 * district", "Mychajliwka im Bezirk Beryslaw"), says which of the village's namesakes it is.
 */
class LatinRaionQualifierTest {
  private final Gazetteer gazetteer = Gazetteer.bundled();
  private final ReportExtractor extractor = new ReportExtractor(gazetteer);

  private List<Place> places(String text, Language language) {
    return ExtractedSentences.mentions(text, language).stream()
        .filter(m -> m.place().isPresent()).map(m -> m.place().get()).toList();
  }

  private String beryslavRaion() {
    return gazetteer.byName("Beryslav").get(0).raion();
  }

  @Test
  void englishDistrictAfterTheVillage() {
    assertThat(places("Russian troops shelled the village of Mykhailivka, Beryslav district, killing a man.", Language.EN))
        .singleElement().satisfies(p -> assertThat(p.raion()).isEqualTo(beryslavRaion()));
  }

  @Test
  void germanBezirkAfterTheVillage() {
    assertThat(places("Russische Truppen beschossen das Dorf Mychajliwka im Bezirk Beryslaw, ein Mann wurde getötet.",
        Language.DE)).singleElement().satisfies(p -> assertThat(p.raion()).isEqualTo(beryslavRaion()));
  }
}
