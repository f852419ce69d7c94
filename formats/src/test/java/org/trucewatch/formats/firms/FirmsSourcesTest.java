package org.trucewatch.formats.firms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trucewatch.core.source.Reliability;
import org.trucewatch.core.source.Source;

class FirmsSourcesTest {
  @Test
  void gradesEverySatelliteAndUnstatedProductsBWithoutAffiliationSortedById() {
    assertThat(FirmsSources.defaults()).extracting(Source::id).containsExactly(
        "firms-modis-aqua", "firms-modis-terra", "firms-product-unstated", "firms-viirs-noaa20", "firms-viirs-noaa21",
        "firms-viirs-snpp");
    assertThat(FirmsSources.defaults()).allSatisfy(s -> {
      assertThat(s.reliability()).isEqualTo(Reliability.B);
      assertThat(s.affiliation()).isEmpty();
    });
    assertThat(FirmsSources.defaults().get(5).name()).isEqualTo("NASA FIRMS VIIRS S-NPP 375 m");
  }

  @Test
  void coversEverySourceIdTheReaderGivesKnownSatellites() {
    for (FirmsPlatform p : FirmsPlatform.values()) {
      assertThat(FirmsSources.defaults()).extracting(Source::id).contains(p.sourceId());
      assertThat(FirmsPlatform.fromSatellite(p.satelliteCode().toLowerCase(java.util.Locale.ROOT))).contains(p);
    }
  }
}
