package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/** An event told in a paragraph without a place takes the place of the paragraph before, when that one told no incident. */
class PlaceInTheParagraphBeforeTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> mentions(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2017-05-02T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  @Test
  void anObserversCraterAnalysisTakesThePlaceNamedBeforeIt() {
    // en-011 of the dev set (OSCE SMM)
    List<IncidentMention> ms = mentions("\"On the “DPR”-controlled side of Zaitseve (48km north-east of Donetsk) the OSCE "
        + "Special Monitoring Mission conducted crater analysis near a local school building,\" reads the report.\n\n"
        + "The SMM examined three other craters in the range between 15 and 40 meters east from the school building and "
        + "assessed them to likely have been caused by 120mm mortar rounds fired from a northerly direction,” according to "
        + "the report.");
    assertThat(ms).flatExtracting(m -> m.place().stream().toList()).extracting(Place::name).containsExactly("Zaitseve");
  }

  @Test
  void aParagraphWithItsOwnIncidentKeepsItsPlaceToItself() {
    List<IncidentMention> ms = mentions("Russian troops shelled Kupiansk in the morning, one man was injured.\n\n"
        + "In the evening a drone hit a private house; two women were injured.");
    // the second paragraph is an event of its own, without a place: not carried from an incident paragraph
    assertThat(ms).hasSize(2);
    assertThat(ms.get(1).place()).isEmpty();
  }
}
