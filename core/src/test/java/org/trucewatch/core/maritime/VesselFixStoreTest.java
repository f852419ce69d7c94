package org.trucewatch.core.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VesselFixStoreTest {
  @Test
  void fixesArrivingOutOfOrderComeBackInTimeOrderWithEveryColumnMovedTogether() {
    VesselFixStore store = new VesselFixStore();
    // 1,000 fixes of one ship in reverse time order, beyond the first growth of the columns
    for (int i = 999; i >= 0; i--) {
      store.add(272100001, 1_000_000L + i * 300_000L, 30.0 + i * 1e-4, 46.0 - i * 1e-4, i % 2 == 0 ? Float.NaN : i / 10f,
          i % 360, i, 10 + i, i % 3);
    }
    store.add(273400002, 5L, 31.5, 45.5, 15f, 90f, 7, 3, 1);
    VesselFixStore.ShipFixes f = store.ship(272100001);
    assertThat(store.size()).isEqualTo(1001);
    assertThat(store.mmsis()).containsExactly(272100001, 273400002);
    assertThat(f.size()).isEqualTo(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(f.epochMillis(i)).isEqualTo(1_000_000L + i * 300_000L);
      assertThat(f.lon(i)).isEqualTo(30.0 + i * 1e-4);
      assertThat(f.lat(i)).isEqualTo(46.0 - i * 1e-4);
      assertThat(Float.compare(f.speedKnots(i), i % 2 == 0 ? Float.NaN : i / 10f)).isZero();
      assertThat(f.courseDegrees(i)).isEqualTo((float) (i % 360));
      assertThat(f.detail(i)).isEqualTo(i);
      assertThat(f.line(i)).isEqualTo(10 + i);
      assertThat(f.context(i)).isEqualTo(i % 3);
    }
  }

  @Test
  void fixesAtTheSameTimeKeepTheirArrivalOrder() {
    VesselFixStore store = new VesselFixStore();
    store.add(1, 200L, 0, 0, 0f, 0f, 0, 1, 0);
    store.add(1, 100L, 0, 0, 0f, 0f, 0, 2, 0);
    store.add(1, 100L, 0, 0, 0f, 0f, 0, 3, 0);
    store.add(1, 50L, 0, 0, 0f, 0f, 0, 4, 0);
    VesselFixStore.ShipFixes f = store.ship(1);
    assertThat(new int[] {f.line(0), f.line(1), f.line(2), f.line(3)}).containsExactly(4, 2, 3, 1);
  }

  @Test
  void aShipWithoutFixesIsEmptyAndIndexesOutsideAShipAreRefused() {
    VesselFixStore store = new VesselFixStore();
    store.add(1, 200L, 0, 0, 0f, 0f, 0, 1, 0);
    assertThat(store.ship(2).size()).isZero();
    assertThatThrownBy(() -> store.ship(1).lon(1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("fix 1 of 1");
  }
}
