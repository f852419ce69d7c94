package org.trucewatch.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.Credibility;

class ClaimObservationsTest {
  private static final String TEXT = "In der Ortschaft Solotschiw gebe es acht Verletzte.";
  private static final Provenance PROV = new Provenance("ab", "report.txt", 1);

  private static Claim claim(ClaimedPlace place, List<Hedge> hedges) {
    return new Claim(
        new SourceChain(List.of("Kharkiv regional military governor", "Telegram", "dpa")),
        Optional.of(Instant.parse("2025-03-27T09:00:00Z")),
        Instant.parse("2025-03-27T00:00:00Z"),
        Duration.ofHours(12),
        ObservationKind.STRIKE,
        Optional.of("drone"),
        Optional.empty(),
        new Casualties(CasualtyCount.NONE, CasualtyCount.exactly(8), CasualtyCount.NONE),
        CasualtyScope.PART,
        place,
        Optional.of("RU"),
        Hedge.credibility(hedges, true),
        hedges,
        TextSpan.of(TEXT, 0, TEXT.length()),
        Map.of("place", List.of(TextSpan.of(TEXT, 17, 27))));
  }

  @Test
  void settlementClaimBecomesAPointObservationWithTheClaimedFacts() {
    ClaimedPlace zolochiv = new ClaimedPlace("Золочів", "UA-63", Optional.of(new Coordinate(35.98179, 50.27985)), 5_000,
        LocationPrecision.SETTLEMENT);
    Observation o = ClaimObservations.toObservation(claim(zolochiv, List.of()), "ua-kharkiv-ova", PROV).orElseThrow();
    assertThat(o.representativeCoordinate().y).isEqualTo(50.27985);
    assertThat(o.uncertaintyMetres()).isEqualTo(5_000);
    assertThat(o.credibility()).isEqualTo(Credibility.PROBABLY_TRUE);
    assertThat(o.casualties().injured()).isEqualTo(CasualtyCount.exactly(8));
    assertThat(o.attributes())
        .containsEntry("means", "drone")
        .containsEntry("attributed_to", "RU")
        .containsEntry("place", "Золочів")
        .containsEntry("casualty_scope", "part")
        .containsEntry("source_chain", "Kharkiv regional military governor, via Telegram, via dpa")
        .containsEntry("location_precision", "settlement");
  }

  @Test
  void regionLevelClaimIsPlacedAtTheRegionWithItsExtentAndOneStepLessCredible() {
    ClaimedPlace region = new ClaimedPlace("Харківська область", "UA-63", Optional.of(new Coordinate(36.5, 49.6)), 120_000,
        LocationPrecision.REGION);
    Observation o = ClaimObservations.toObservation(claim(region, List.of(Hedge.AT_LEAST)), "x", PROV).orElseThrow();
    assertThat(o.uncertaintyMetres()).isEqualTo(120_000);
    assertThat(o.credibility()).isEqualTo(Credibility.DOUBTFUL);
    assertThat(o.attributes()).containsEntry("location_precision", "region");
  }

  @Test
  void claimWithNoResolvablePlaceGivesNoObservationRatherThanAPointAtZero() {
    assertThat(ClaimObservations.toObservation(claim(ClaimedPlace.UNKNOWN, List.of()), "x", PROV)).isEmpty();
  }

  @Test
  void hedgesSetCredibility() {
    assertThat(Hedge.credibility(List.of(), true)).isEqualTo(Credibility.PROBABLY_TRUE);
    assertThat(Hedge.credibility(List.of(Hedge.ACCORDING_TO), true)).isEqualTo(Credibility.POSSIBLY_TRUE);
    assertThat(Hedge.credibility(List.of(Hedge.AT_LEAST, Hedge.MAY_RISE), true)).isEqualTo(Credibility.POSSIBLY_TRUE);
    assertThat(Hedge.credibility(List.of(Hedge.ACCORDING_TO, Hedge.APPEARS), true)).isEqualTo(Credibility.DOUBTFUL);
    assertThat(Hedge.credibility(List.of(Hedge.UNCONFIRMED), false)).isEqualTo(Credibility.DOUBTFUL);
    assertThat(Hedge.credibility(List.of(), false)).isEqualTo(Credibility.CANNOT_BE_JUDGED);
  }

  @Test
  void spanMustMatchItsText() {
    TextSpan s = TextSpan.of(TEXT, 17, 27);
    assertThat(s.text()).isEqualTo("Solotschiw");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TextSpan(0, 3, "ab"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
