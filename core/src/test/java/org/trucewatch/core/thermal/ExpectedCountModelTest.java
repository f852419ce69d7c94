package org.trucewatch.core.thermal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedCountModelTest {
  @Test
  void theQuantileIsTheSmallestCountWhoseCdfReachesIt() {
    // Poisson(1): P(<=2) = 0.920, P(<=3) = 0.981
    assertThat(ExpectedCountModel.quantile(1, Double.POSITIVE_INFINITY, 0.95)).isEqualTo(3);
    assertThat(ExpectedCountModel.quantile(0.01, Double.POSITIVE_INFINITY, 0.95)).isZero();
    // over-dispersed: NB(mu 1, theta 0.5) has a longer tail than Poisson(1)
    assertThat(ExpectedCountModel.quantile(1, 0.5, 0.95)).isGreaterThan(3);
    assertThat(ExpectedCountModel.cdf(1, Double.POSITIVE_INFINITY, 2)).isCloseTo(0.9197, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void aCellThatBurnsEveryJulyIsExpectedToBurnInJulyAndNotInJanuary() {
    List<DatedFire> fires = new ArrayList<>();
    for (int year = 2016; year <= 2020; year++) {
      fires.add(new DatedFire(46.0, 30.0, LocalDate.of(year, 1, 1).toEpochDay()));
      fires.add(new DatedFire(46.0, 30.0, LocalDate.of(year, 12, 31).toEpochDay()));
      for (int d = 1; d <= 31; d++) {
        for (int k = 0; k < 4; k++) {
          fires.add(new DatedFire(48.0 + 0.01 * k, 37.0, LocalDate.of(year, 7, d).toEpochDay()));
        }
      }
    }
    SeasonalHistory h = SeasonalHistory.of(fires, 100_000, CellMask.ALL);
    ExpectedCountModel m = ExpectedCountModel.fit(h, 0.95);
    FireCell busy = new FireCell(480, 370);
    long july = LocalDate.of(2022, 7, 10).toEpochDay();
    long january = LocalDate.of(2022, 1, 10).toEpochDay();
    assertThat(m.expected(busy, july)).isGreaterThan(1);
    assertThat(m.expected(busy, january)).isLessThan(0.1);
    assertThat(m.bound(busy, july)).isGreaterThanOrEqualTo(4);
    assertThat(m.bound(busy, january)).isZero();
    assertThat(m.bound(new FireCell(470, 350), july)).isZero();
  }
}
