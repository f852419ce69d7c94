package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.trucewatch.core.Fixtures;
import org.trucewatch.core.observation.Observation;
import org.trucewatch.core.observation.ObservationKind;

class SiteCoverageTest {
  private static Observation hotSpot(String source, String time, double lat, double lon) {
    return Fixtures.point(source, ObservationKind.THERMAL_ANOMALY, time, new Coordinate(lon, lat), 0, 3);
  }

  @Test
  void detectionsOfOneSourceCloseInTimeAreOnePassAndAGapSplitsThem() {
    List<SatellitePass> passes = SatellitePasses.of(List.of(
        hotSpot("firms-viirs-snpp", "2025-03-20T10:58:00Z", 46.0, 30.0),
        hotSpot("firms-viirs-snpp", "2025-03-20T11:04:00Z", 50.0, 38.0),
        hotSpot("firms-viirs-snpp", "2025-03-20T11:12:00Z", 48.0, 33.0),
        hotSpot("firms-viirs-snpp", "2025-03-20T23:40:00Z", 48.0, 35.0),
        hotSpot("firms-viirs-noaa20", "2025-03-20T11:30:00Z", 47.0, 34.0),
        Fixtures.point("ua-mod", ObservationKind.STRIKE, "2025-03-20T11:00:00Z", new Coordinate(34, 47), 0, 2)));
    assertThat(passes).extracting(SatellitePass::sourceId, SatellitePass::detections).containsExactly(
        org.assertj.core.groups.Tuple.tuple("firms-viirs-snpp", 3),
        org.assertj.core.groups.Tuple.tuple("firms-viirs-noaa20", 1),
        org.assertj.core.groups.Tuple.tuple("firms-viirs-snpp", 1));
    SatellitePass morning = passes.get(0);
    assertThat(morning.covers(47.5119, 34.5858)).isTrue(); // ZNPP lies between the detections
    assertThat(morning.covers(44.105, 39.09)).isFalse(); // Tuapse is south of them all
    assertThat(passes.get(1).covers(47.0, 34.0)).isTrue();
  }

  @Test
  void aSiteIsObservedWhenAPassCoveredItCloudedWhenCloudHidItAndNotObservedOtherwise() {
    List<SatellitePass> passes = SatellitePasses.of(List.of(
        hotSpot("firms-viirs-snpp", "2025-03-18T10:58:00Z", 46.0, 30.0),
        hotSpot("firms-viirs-snpp", "2025-03-18T11:04:00Z", 50.0, 38.0),
        hotSpot("firms-viirs-snpp", "2025-03-19T10:40:00Z", 46.0, 30.0),
        hotSpot("firms-viirs-snpp", "2025-03-19T10:44:00Z", 50.0, 38.0)));
    CloudCover cloud = CloudCover.of(Map.of(LocalDate.parse("2025-03-19"), 0.2),
        Map.of(CloudCover.cellDayKey(47.5119, 34.5858, LocalDate.parse("2025-03-19")), 0.9));

    List<SiteDayCoverage> c = new SiteCoverage(SiteCoverage.DEFAULT_CLOUD_LIMIT)
        .of(Fixtures.agreement(), passes, cloud, LocalDate.parse("2025-03-17"), LocalDate.parse("2025-03-20"));

    // the moratorium starts on the 18th: no rows for the 17th; sites by id, then days
    assertThat(c).extracting(r -> r.siteId() + " " + r.day() + " " + r.status().words() + " " + r.cloudCover().orElse(null))
        .containsExactly(
            "tuapse-refinery 2025-03-18 not observed null",
            "tuapse-refinery 2025-03-19 not observed 0.2",
            "tuapse-refinery 2025-03-20 not observed null",
            "zaporizhzhia-npp 2025-03-18 observed null",
            "zaporizhzhia-npp 2025-03-19 clouded 0.9",
            "zaporizhzhia-npp 2025-03-20 not observed null");
    assertThat(c.get(3).passes()).hasSize(1);
  }
}
