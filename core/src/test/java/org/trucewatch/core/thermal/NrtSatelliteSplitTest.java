package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NrtSatelliteSplitTest {
  @Test
  void aDetectionAlwaysGetsTheSameSatellite() {
    NrtSatelliteSplit s = NrtSatelliteSplit.MEASURED;
    for (int i = 0; i < 1000; i++) {
      double lat = 46 + i * 0.00731;
      double lon = 30 + i * 0.01193;
      assertThat(s.isSnpp(lat, lon, 19_300 + i % 50)).isEqualTo(s.isSnpp(lat, lon, 19_300 + i % 50));
    }
  }

  @Test
  void detectionsOnAFineGridGoToSnppInTheShareGiven() {
    for (double share : new double[] {0.2, 0.441, 0.7}) {
      NrtSatelliteSplit s = new NrtSatelliteSplit(share);
      int snpp = 0;
      int n = 0;
      // adjacent pixels (0.004 degrees apart) on consecutive days: the neighbours a fire gives
      for (int i = 0; i < 100; i++) {
        for (int j = 0; j < 100; j++) {
          for (int d = 0; d < 4; d++) {
            n++;
            snpp += s.isSnpp(48 + i * 0.004, 37 + j * 0.004, 19_300 + d) ? 1 : 0;
          }
        }
      }
      // 40,000 draws: a binomial sd of about 0.0025
      assertThat((double) snpp / n).isCloseTo(share, org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new NrtSatelliteSplit(1.0)).hasMessageContaining("(0, 1)");
    assertThatThrownBy(() -> new NrtSatelliteSplit(0)).hasMessageContaining("(0, 1)");
  }
}
