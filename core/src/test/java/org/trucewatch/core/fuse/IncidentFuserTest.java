package org.trucewatch.core.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.enrich.EnrichedObservation;
import org.trucewatch.core.enrich.ProvisionMatcher;
import org.trucewatch.core.geo.Geodesy;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;
import org.trucewatch.core.source.SourceDirectory;

class IncidentFuserTest {
  private static final SourceDirectory SOURCES =
      new SourceDirectory(
          List.of(
              new Source("firms-viirs-snpp", "VIIRS S-NPP", Reliability.B, Optional.empty()),
              new Source("ua-energy-ministry", "UA energy ministry", Reliability.C, Optional.of("UA")),
              new Source("ua-regional-admin", "UA regional admin", Reliability.C, Optional.of("UA"))));
  private final ProvisionMatcher matcher = new ProvisionMatcher(Fixtures.agreement());
  private final IncidentFuser fuser = new IncidentFuser(FusionParameters.DEFAULT, SOURCES);

  private List<EnrichedObservation> enrich(Observation... os) {
    return java.util.Arrays.stream(os).map(matcher::enrich).toList();
  }

  @Test
  void detectionAndReportFromTwoSourcesFuseIntoOneCorroboratedIncident() {
    Coordinate fire = Geodesy.destination(Fixtures.ZNPP, 45, 1_200);
    Observation detection = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z", fire, 0, 2);
    Observation report = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T10:25:00Z", Fixtures.ZNPP, 1_000, 2);
    Observation elsewhere =
        Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
            Geodesy.destination(Fixtures.ZNPP, 90, 30_000), 0, 3);

    List<Incident> incidents = fuser.fuse(enrich(detection, report, elsewhere));

    assertThat(incidents).hasSize(2);
    Incident strike = incidents.get(0);
    assertThat(strike.observationIds()).containsExactlyInAnyOrder(detection.id(), report.id());
    assertThat(strike.kind()).isEqualTo(ObservationKind.STRIKE);
    assertThat(strike.independentSources()).isEqualTo(2);
    assertThat(strike.status()).isEqualTo(IncidentStatus.CORROBORATED);
    assertThat(strike.start()).isEqualTo(report.eventTime());
    assertThat(strike.end()).isEqualTo(detection.eventTime());
    assertThat(incidents.get(1).observationIds()).containsExactly(elsewhere.id());
    assertThat(incidents.get(1).status()).isEqualTo(IncidentStatus.REPORTED);
  }

  @Test
  void twoSourcesOfOnePartyAreNotIndependent() {
    Observation a = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T10:25:00Z", Fixtures.ZNPP, 500, 2);
    Observation b = Fixtures.point("ua-regional-admin", ObservationKind.STRIKE, "2025-03-20T10:40:00Z", Fixtures.ZNPP, 500, 3);
    Incident i = fuser.fuse(enrich(a, b)).get(0);
    assertThat(i.members()).hasSize(2);
    assertThat(i.independentSources()).isEqualTo(1);
    assertThat(i.status()).isEqualTo(IncidentStatus.REPORTED);
  }

  @Test
  void observationsOutsideTheWindowStayApart() {
    Observation a = Fixtures.point("ua-energy-ministry", ObservationKind.STRIKE, "2025-03-20T06:00:00Z", Fixtures.ZNPP, 0, 2);
    Observation b = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T08:01:00Z", Fixtures.ZNPP, 0, 2);
    assertThat(fuser.fuse(enrich(a, b))).hasSize(2);
  }

  @Test
  void resultDoesNotDependOnInputOrderAndRepeatsCountOnce() {
    Observation a = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z", Fixtures.ZNPP, 0, 2);
    Observation b = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.destination(Fixtures.ZNPP, 0, 2_500), 0, 2);
    Observation c = Fixtures.point("firms-viirs-snpp", ObservationKind.THERMAL_ANOMALY, "2025-03-20T11:06:00Z",
        Geodesy.destination(Fixtures.ZNPP, 0, 5_000), 0, 2);
    List<Incident> forward = fuser.fuse(enrich(a, b, c));
    List<Incident> backward = fuser.fuse(enrich(c, b, a, a));
    assertThat(forward).hasSize(1);
    assertThat(forward.get(0).members()).hasSize(3);
    assertThat(backward).as("the same incidents, whatever the order, with a repeat counted once")
        .isEqualTo(forward);
    assertThat(backward.get(0).members()).hasSize(3);
    assertThat(backward.get(0).independentSources()).isEqualTo(1);
  }

  @Test
  void plainVesselPositionsFormNoIncident() {
    Observation v = Fixtures.point("ais", ObservationKind.VESSEL, "2025-03-20T11:06:00Z", new Coordinate(30.6, 46.0), 10, 2);
    assertThat(fuser.fuse(enrich(v))).isEmpty();
  }
}
