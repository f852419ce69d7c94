package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Gazetteer;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A Russian-installed "municipal district" is a raion, not the town whose name its adjective
 * shares, and a figure told again for it is the same figure. Sentences written for this test.
 */
class MunicipalDistrictTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  private List<IncidentMention> mentions(String text) {
    return extractor.extract(new ReportText(text, Optional.empty(), Instant.parse("2024-06-01T09:00:00Z"), Duration.ZERO,
        SourceChain.UNNAMED, Optional.empty())).mentions();
  }

  @Test
  void theMunicipalDistrictIsNoTown() {
    List<IncidentMention> ms = mentions("ВСУ нанесли артиллерийский удар по Пологовскому муниципальному округу, погибла "
        + "женщина.");
    assertThat(ms.stream().flatMap(m -> m.place().stream()).toList()).extracting(Place::name).doesNotContain("Polohy");
    assertThat(ms).extracting(m -> m.claim().casualties().killed()).containsExactly(CasualtyCount.exactly(1));
  }

  @Test
  void theDistrictToldAgainShortIsTheSameFigure() {
    List<IncidentMention> ms = mentions("ВСУ обстреляли Пологовский муниципальный округ, погибла женщина. «В Пологовском "
        + "округе снаряд попал в жилой дом, погибла женщина», — написал губернатор.");
    assertThat(ms.stream().flatMap(m -> m.place().stream()).toList()).extracting(Place::name).doesNotContain("Polohy");
    assertThat(ms).extracting(m -> m.claim().casualties().killed()).containsExactly(CasualtyCount.exactly(1));
  }
}
