package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.agreement.Agreement;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.observation.ObservationKind;

class SiteActivityRuleTest {
  private static final String REFINERY = "energy-moratorium/tuapse-refinery";
  private static final Coordinate AT_REFINERY = new Coordinate(39.0905, 44.1052);

  private final Agreement agreement = Fixtures.agreement();
  private final ProvisionMatcher matcher = new ProvisionMatcher(agreement);

  /** A refinery that flares: one to three detections on most spring days of the baseline years. */
  private SiteActivityBaseline flaringRefinery() {
    TreeMap<LocalDate, Integer> counts = new TreeMap<>();
    Set<Integer> years = Set.of(2019, 2020, 2021);
    for (int year : years) {
      for (LocalDate d = LocalDate.of(year, 3, 1); d.getMonthValue() <= 4; d = d.plusDays(1)) {
        counts.put(d, 1 + d.getDayOfMonth() % 3);
      }
    }
    return SiteActivityBaseline.of(Set.of(REFINERY, "energy-moratorium/zaporizhzhia-npp"), Map.of(REFINERY, counts), years, 0);
  }

  private List<EnrichedObservation> detections(String time, Coordinate where, int n) {
    List<EnrichedObservation> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Coordinate c = new Coordinate(where.x + i * 0.001, where.y);
      out.add(matcher.enrich(Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, time, c, 0, 3)));
    }
    return out;
  }

  @Test
  void holdsBackAFlaringSitesOrdinaryDayAndKeepsADayAboveItsBound() {
    List<EnrichedObservation> input = new ArrayList<>(detections("2025-03-20T10:00:00Z", AT_REFINERY, 3));
    input.addAll(detections("2025-03-21T10:00:00Z", AT_REFINERY, 4));
    assertThat(input).allSatisfy(e -> assertThat(e.touches()).isNotEmpty());

    SiteActivityRule.Result r = new SiteActivityRule(agreement, flaringRefinery()).apply(input);

    assertThat(r.siteDays()).containsExactly(
        new SiteActivityRule.SiteDay(REFINERY, LocalDate.of(2025, 3, 20), 3, 3, false),
        new SiteActivityRule.SiteDay(REFINERY, LocalDate.of(2025, 3, 21), 4, 3, true));
    assertThat(r.heldBack()).isEqualTo(1);
    assertThat(r.enriched().subList(0, 3)).allSatisfy(e -> assertThat(e.touches()).isEmpty());
    assertThat(r.enriched().subList(3, 7)).allSatisfy(e -> assertThat(e.touches()).isNotEmpty());
    assertThat(r.enriched()).extracting(EnrichedObservation::observation)
        .containsExactlyElementsOf(input.stream().map(EnrichedObservation::observation).toList());
  }

  @Test
  void keepsASingleDetectionAtAQuietSite() {
    List<EnrichedObservation> input = detections("2025-03-20T10:00:00Z", Fixtures.ZNPP, 1);

    SiteActivityRule.Result r = new SiteActivityRule(agreement, flaringRefinery()).apply(input);

    assertThat(r.enriched()).isEqualTo(input);
    assertThat(r.siteDays()).extracting(SiteActivityRule.SiteDay::bound, SiteActivityRule.SiteDay::above)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, true));
  }

  @Test
  void changesNothingWithoutABaseline() {
    List<EnrichedObservation> input = detections("2025-03-20T10:00:00Z", AT_REFINERY, 3);

    SiteActivityRule.Result r = new SiteActivityRule(agreement, SiteActivityBaseline.NONE).apply(input);

    assertThat(r.enriched()).isEqualTo(input);
    assertThat(r.siteDays()).isEmpty();
  }
}
