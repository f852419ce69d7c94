package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.formats.gazetteer.Place;

/**
 * A Russian-installed "municipal district" is a raion, not the town whose name its adjective
 * shares, and a figure told again for it is the same figure. Sentences written for this test.
 */
class MunicipalDistrictTest {
  private List<IncidentMention> mentions(String text) {
    return ExtractedSentences.mentions(text);
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
