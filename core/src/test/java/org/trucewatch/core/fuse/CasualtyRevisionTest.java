package org.trucewatch.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.claim.CasualtyScope;
import org.trucewatch.core.claim.Claim;
import org.trucewatch.core.claim.ClaimObservations;
import org.trucewatch.core.claim.ClaimedPlace;
import org.trucewatch.core.claim.Hedge;
import org.trucewatch.core.claim.LocationPrecision;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.core.claim.TextSpan;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.observation.Casualties;
import org.trucewatch.core.observation.CasualtyCount;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.observation.Provenance;
import org.trucewatch.core.source.SourceDirectory;

class CasualtyRevisionTest {
  private static final ClaimedPlace KHARKIV_OBLAST = new ClaimedPlace("Харківська область", "UA-63",
      Optional.of(new Coordinate(36.42548, 49.57427)), 116_000, LocationPrecision.REGION);

  private static Observation claimed(String reportedAt, CasualtyCount injured, String text) {
    Instant published = Instant.parse(reportedAt);
    return claimed(Optional.of(published), published.minus(Duration.ofHours(12)), injured, text, reportedAt);
  }

  private static Observation claimed(Optional<Instant> published, Instant eventTime, CasualtyCount injured, String text,
      String file) {
    Claim c = new Claim(new SourceChain(List.of("regional military governor of Kharkiv Oblast", "Telegram")), published,
        eventTime, Duration.ofHours(12), ObservationKind.STRIKE, Optional.of("drone"),
        Optional.empty(), new Casualties(CasualtyCount.NONE, injured, CasualtyCount.NONE), CasualtyScope.TOTAL,
        KHARKIV_OBLAST, Optional.of("RU"), Hedge.credibility(List.of(Hedge.AT_LEAST), true), List.of(Hedge.AT_LEAST),
        TextSpan.of(text, 0, text.length()), Map.of());
    return ClaimObservations.toObservation(c, "ua-kharkiv-ova", new Provenance("ab", file, 1)).orElseThrow();
  }

  @Test
  void laterReportRaisingTheCountRevisesTheIncidentAndKeepsEveryClaimedValue() {
    Observation morning = claimed("2025-03-27T07:00:00Z", CasualtyCount.atLeast(17), "mindestens 17 Menschen verletzt");
    Observation afternoon = claimed("2025-03-27T13:00:00Z", CasualtyCount.exactly(21), "the number rose to 21");
    ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, new SourceDirectory(List.of()))
        .fuse(List.of(matcher.enrich(afternoon), matcher.enrich(morning)));
    assertThat(incidents).hasSize(1);
    Incident i = incidents.get(0);
    // the revised minimum; the bound stays open because the earlier claim ("at least 17") left it open
    assertThat(i.casualties().injured()).isEqualTo(CasualtyCount.atLeast(21));
    assertThat(CasualtyHistory.of(i)).extracting(e -> e.casualties().injured())
        .containsExactly(CasualtyCount.atLeast(17), CasualtyCount.exactly(21));
    assertThat(CasualtyHistory.of(i)).extracting(e -> e.reportedAt())
        .containsExactly(Optional.of(Instant.parse("2025-03-27T07:00:00Z")), Optional.of(Instant.parse("2025-03-27T13:00:00Z")));
    assertThat(CasualtyHistory.revised(i)).isTrue();
  }

  @Test
  void aReportWithoutAPublicationTimeHasNoReportTimeInTheHistoryAndStandsThereByItsEventTime() {
    // a text saying "On 27 March 2025 ... 21 injured" with no publication time (the day's noon in Kyiv,
    // 10:00 UTC, +- 12 hours), and the governor's post of 22:00 Kyiv time raising the count to 23
    Observation undated = claimed(Optional.empty(), Instant.parse("2025-03-27T10:00:00Z"), CasualtyCount.exactly(21),
        "On 27 March 2025, 21 people were injured in a drone attack on Kharkiv Oblast", "undated.txt");
    Observation post = claimed("2025-03-27T20:00:00Z", CasualtyCount.atLeast(23), "кількість поранених зросла до 23");
    assertThat(undated.attributes()).containsEntry(CasualtyHistory.REPORTED_AT, "unknown");
    ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
    IncidentFuser fuser = new IncidentFuser(FusionParameters.DEFAULT, new SourceDirectory(List.of()));
    List<Incident> oneWay = fuser.fuse(List.of(matcher.enrich(undated), matcher.enrich(post)));
    List<Incident> otherWay = fuser.fuse(List.of(matcher.enrich(post), matcher.enrich(undated)));
    assertThat(oneWay).hasSize(1);
    assertThat(CasualtyHistory.of(oneWay.get(0))).extracting(e -> e.reportedAt())
        .containsExactly(Optional.empty(), Optional.of(Instant.parse("2025-03-27T20:00:00Z")));
    assertThat(CasualtyHistory.of(oneWay.get(0))).extracting(e -> e.casualties().injured())
        .containsExactly(CasualtyCount.exactly(21), CasualtyCount.atLeast(23));
    assertThat(CasualtyHistory.of(otherWay.get(0))).isEqualTo(CasualtyHistory.of(oneWay.get(0)));
  }

  @Test
  void timeUncertaintyWidensTheWindowOnlyUpToHalfADay() {
    Observation morning = claimed("2025-03-27T07:00:00Z", CasualtyCount.exactly(3), "drei Verletzte");
    Observation twoDaysLater = claimed("2025-03-29T13:00:00Z", CasualtyCount.exactly(5), "five injured");
    ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, new SourceDirectory(List.of()))
        .fuse(List.of(matcher.enrich(morning), matcher.enrich(twoDaysLater)));
    assertThat(incidents).hasSize(2);
    assertThat(CasualtyHistory.revised(incidents.get(0))).isFalse();
  }

  @Test
  void anIncidentWhoseReportsSayNothingOfInjuredKeepsInjuredUnknownNotZero() {
    Claim c = new Claim(new SourceChain(List.of("regional military governor of Kharkiv Oblast", "Telegram")),
        Optional.of(Instant.parse("2025-03-27T07:00:00Z")), Instant.parse("2025-03-26T23:00:00Z"), Duration.ofHours(6),
        ObservationKind.STRIKE, Optional.of("drone"), Optional.empty(),
        new Casualties(CasualtyCount.exactly(1), CasualtyCount.UNKNOWN, CasualtyCount.UNKNOWN), CasualtyScope.SINGLE,
        KHARKIV_OBLAST, Optional.of("RU"), Hedge.credibility(List.of(), true), List.of(),
        TextSpan.of("Одна людина загинула", 0, 20), Map.of());
    Observation killedOnly = ClaimObservations.toObservation(c, "ua-kharkiv-ova",
        new Provenance("ab", "2025-03-27T07:00:00Z", 1)).orElseThrow();
    ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
    List<Incident> incidents = new IncidentFuser(FusionParameters.DEFAULT, new SourceDirectory(List.of()))
        .fuse(List.of(matcher.enrich(killedOnly)));
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).casualties().killed()).isEqualTo(CasualtyCount.exactly(1));
    assertThat(incidents.get(0).casualties().injured()).isEqualTo(CasualtyCount.UNKNOWN);
    assertThat(incidents.get(0).casualties().minors()).isEqualTo(CasualtyCount.UNKNOWN);
  }
}
